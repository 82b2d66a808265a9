//! `toYaml` as Helm writes it (sigs.k8s.io/yaml over go-yaml v2): keys sorted, two-space indentation,
//! sequences under a key not indented, strings quoted whenever YAML would read them as anything but a
//! string, no trailing newline.

use serde_json::Value as Json;

/// A value as a YAML block (no trailing newline; `{}`/`[]`/`null` for empty and nil values).
pub fn to_yaml(value: &Json) -> String {
    let mut out = String::new();
    match value {
        Json::Object(map) if !map.is_empty() => write_map(&mut out, map, 0),
        Json::Array(items) if !items.is_empty() => write_list(&mut out, items, 0),
        other => out.push_str(&scalar(other, 2)),
    }
    while out.ends_with('\n') {
        out.pop();
    }
    out
}

fn pad(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

fn write_map(out: &mut String, map: &serde_json::Map<String, Json>, indent: usize) {
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    for key in keys {
        pad(out, indent);
        write_entry(out, key, &map[key.as_str()], indent);
    }
}

/// `key: value` at the current position (the indentation is already written).
fn write_entry(out: &mut String, key: &str, value: &Json, indent: usize) {
    out.push_str(&string(key));
    out.push(':');
    match value {
        Json::Object(map) if !map.is_empty() => {
            out.push('\n');
            write_map(out, map, indent + 2);
        }
        Json::Array(items) if !items.is_empty() => {
            out.push('\n');
            write_list(out, items, indent);
        }
        other => {
            out.push(' ');
            out.push_str(&scalar(other, indent + 2));
            out.push('\n');
        }
    }
}

fn write_list(out: &mut String, items: &[Json], indent: usize) {
    for item in items {
        pad(out, indent);
        out.push_str("- ");
        match item {
            Json::Object(map) if !map.is_empty() => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort();
                for (i, key) in keys.into_iter().enumerate() {
                    if i > 0 {
                        pad(out, indent + 2);
                    }
                    write_entry(out, key, &map[key.as_str()], indent + 2);
                }
            }
            Json::Array(inner) if !inner.is_empty() => {
                out.pop();
                out.push('\n');
                write_list(out, inner, indent + 2);
            }
            other => {
                out.push_str(&scalar(other, indent + 2));
                out.push('\n');
            }
        }
    }
}

/// A scalar; a string of several lines as a literal block indented by `indent`.
fn scalar(value: &Json, indent: usize) -> String {
    match value {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => n.to_string(),
        Json::String(s) if s.contains('\n') && literal_ok(s) => literal(s, indent),
        Json::String(s) => string(s),
        Json::Object(_) => "{}".into(),
        Json::Array(_) => "[]".into(),
    }
}

/// A string as go-yaml writes it: double-quoted when YAML 1.1 would read it as another type (`"1"`,
/// `"on"`, `""`), plain when the syntax allows, else single-quoted (double-quoted when it holds
/// characters only escapes can write).
fn string(s: &str) -> String {
    let special = s.chars().any(|c| c.is_control() || c == '\u{feff}');
    if resolves_to_other_type(s) || special {
        serde_json::to_string(s).unwrap_or_default()
    } else if plain_allowed(s) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "''"))
    }
}

/// Whether the emitter may write the string plain (no indicator first, no `: ` or ` #`, no
/// surrounding spaces, not a document marker).
fn plain_allowed(s: &str) -> bool {
    let Some(first) = s.chars().next() else { return false };
    if s.trim() != s
        || s.contains(": ")
        || s.contains(" #")
        || s.ends_with(':')
        || s.starts_with("---")
        || s.starts_with("...")
    {
        return false;
    }
    if ",[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if "-?:".contains(first) {
        return s.chars().nth(1).is_some_and(|c| c != ' ');
    }
    true
}

/// Whether YAML 1.1 (go-yaml v2's resolver) reads the plain text as a bool, null or number.
fn resolves_to_other_type(s: &str) -> bool {
    const WORDS: [&str; 32] = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "~", "null", "Null", "NULL", ".inf", ".Inf", ".INF", ".nan", ".NaN",
        ".NAN",
    ];
    s.is_empty() || WORDS.contains(&s) || matches!(s, "-.inf" | "+.inf" | "-.Inf" | "+.Inf") || looks_numeric(s)
}

/// Whether a literal block can hold the text exactly (no leading space on its first line, which
/// would need an indentation indicator, and no control characters but tabs and newlines).
fn literal_ok(s: &str) -> bool {
    !s.starts_with([' ', '\n']) && !s.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{feff}')
}

/// `|` with the chomping that keeps the text's trailing newlines exactly.
fn literal(s: &str, indent: usize) -> String {
    let body = s.trim_end_matches('\n');
    let chomp = match s.len() - body.len() {
        0 => "-",
        1 => "",
        _ => "+",
    };
    let pad = " ".repeat(indent);
    let mut out = format!("|{chomp}");
    for line in s.strip_suffix('\n').unwrap_or(s).split('\n') {
        out.push('\n');
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
    }
    out
}

/// Integers (decimal, octal, hex, binary, with `_`), floats and sexagesimal-looking values.
fn looks_numeric(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if body.is_empty() {
        return false;
    }
    let digits = body.replace('_', "");
    if digits.parse::<f64>().is_ok() && !digits.chars().any(char::is_alphabetic) {
        return true;
    }
    if digits.contains(['e', 'E']) && digits.parse::<f64>().is_ok() {
        return true;
    }
    let lower = digits.to_ascii_lowercase();
    for prefix in ["0x", "0o", "0b"] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            return !rest.is_empty() && rest.chars().all(|c| c.is_ascii_hexdigit());
        }
    }
    body.contains(':') && body.split(':').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn writes_go_yaml_layout() {
        let value = json!({"b": [1, {"y": "on", "x": "a: b"}], "a": {"c": "", "d": []}, "e": "1.0"});
        assert_eq!(to_yaml(&value), "a:\n  c: \"\"\n  d: []\nb:\n- 1\n- x: 'a: b'\n  \"y\": \"on\"\ne: \"1.0\"");
        assert_eq!(to_yaml(&json!({"k": ["a\nb\n"]})), "k:\n- |\n  a\n  b");
        assert_eq!(to_yaml(&json!({})), "{}");
        assert_eq!(to_yaml(&json!([[1, 2]])), "-\n  - 1\n  - 2");
    }
}
