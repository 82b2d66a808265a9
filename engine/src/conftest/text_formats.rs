//! Two of Conftest's plain-text parsers: `jsonc` (JSON with `//` and `/* */` comments and trailing
//! commas, as VS Code and tsconfig files write it) and `properties` (Java `.properties`: `key=value`,
//! `key: value` or `key value`, `#`/`!` comments, `\` line continuations and escapes; every value a
//! string, as Conftest's parser gives them).

use serde_json::{Map, Value};

use crate::normalize::FileError;

/// JSON with comments: the comments and trailing commas become spaces (so lines and columns of an
/// error stay those of the file), then the text is read as JSON.
pub fn jsonc(text: &str) -> Result<Value, FileError> {
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = bytes.to_vec();
    let mut commas = Vec::new();
    let (mut i, mut in_string) = (0, false);
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            if b == b'\\' {
                i += 2;
                continue;
            }
            in_string = b != b'"';
        } else if b == b'"' {
            in_string = true;
        } else if b == b',' {
            commas.push(i);
        } else if b == b'/' && matches!(bytes.get(i + 1), Some(b'/' | b'*')) {
            let block = bytes[i + 1] == b'*';
            let start = i;
            i += 2;
            while i < bytes.len() && if block { !bytes[i..].starts_with(b"*/") } else { bytes[i] != b'\n' } {
                i += 1;
            }
            let end = if block { (i + 2).min(bytes.len()) } else { i };
            out[start..end].iter_mut().filter(|byte| **byte != b'\n').for_each(|byte| *byte = b' ');
            i = end;
            continue;
        }
        i += 1;
    }
    // A comma is trailing when, comments blanked, the next thing after it closes its list or object.
    for comma in commas {
        let next = out[comma + 1..].iter().find(|c| !c.is_ascii_whitespace());
        if matches!(next, Some(b'}' | b']')) {
            out[comma] = b' ';
        }
    }
    let cleaned = String::from_utf8(out).map_err(|e| FileError { message: e.to_string(), line: 1, column: 1 })?;
    crate::normalize::parse_json(&cleaned)
}

/// Java properties.
pub fn properties(text: &str) -> Result<Value, FileError> {
    let mut map = Map::new();
    let mut logical = String::new();
    for raw in text.lines() {
        let line = raw.trim_start();
        if logical.is_empty() && (line.is_empty() || line.starts_with('#') || line.starts_with('!')) {
            continue;
        }
        let trailing = line.len() - line.trim_end_matches('\\').len();
        if trailing % 2 == 1 {
            logical.push_str(&line[..line.len() - 1]);
            continue;
        }
        logical.push_str(line);
        let entry = std::mem::take(&mut logical);
        let (key, value) = split_entry(&entry);
        map.insert(unescape(key), Value::String(unescape(value)));
    }
    if !logical.is_empty() {
        let (key, value) = split_entry(&logical);
        map.insert(unescape(key), Value::String(unescape(value)));
    }
    Ok(Value::Object(map))
}

/// The key (up to the first unescaped `=`, `:` or whitespace) and the value after the separator.
fn split_entry(entry: &str) -> (&str, &str) {
    let mut escaped = false;
    for (i, c) in entry.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '=' || c == ':' || c.is_whitespace() {
            let key = &entry[..i];
            let mut rest = entry[i..].trim_start();
            if !c.is_whitespace() || rest.starts_with(['=', ':']) {
                rest = rest[1..].trim_start();
            }
            return (key, rest);
        }
    }
    (entry, "")
}

fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('f') => out.push('\u{c}'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonc_drops_comments_and_trailing_commas() {
        let text = "{\n  // editor settings\n  \"a\": \"http://x\", /* inline */\n  \"b\": [1, 2, /* last */],\n}\n";
        let value = jsonc(text).expect("parses");
        assert_eq!(value["a"], "http://x");
        assert_eq!(value["b"], serde_json::json!([1, 2]));
        assert_eq!(jsonc("{\n  // c\n  \"a\": 1 2\n}").expect_err("bad").line, 3);
    }

    #[test]
    fn properties_read_as_java_does() {
        let text = "# comment\n! also\ndb.url=jdbc:postgresql://db/app\nname : orders\ngreeting hello world\nlong = one \\\n    two\nkey\\=with = escaped\\tvalue\nempty\n";
        let value = properties(text).expect("parses");
        assert_eq!(value["db.url"], "jdbc:postgresql://db/app");
        assert_eq!(value["name"], "orders");
        assert_eq!(value["greeting"], "hello world");
        assert_eq!(value["long"], "one two");
        assert_eq!(value["key=with"], "escaped\tvalue");
        assert_eq!(value["empty"], "");
    }
}
