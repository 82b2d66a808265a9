//! OPA's strict-mode checks (`--strict`) that policies most often trip, as compile errors with OPA's
//! messages: assigned variables never used, function arguments never used, imports never used or
//! imported twice, and deprecated built-ins. regorus has no strict mode; these checks read each rule's
//! text (string literals and comments blanked), so a variable is "used" when its name appears again.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

/// One strict-mode error: where in the module, and OPA's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrictError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Built-ins OPA's strict mode rejects as deprecated.
const DEPRECATED: [&str; 11] = [
    "any",
    "all",
    "re_match",
    "set_diff",
    "cast_array",
    "cast_set",
    "cast_string",
    "cast_boolean",
    "cast_null",
    "cast_object",
    "net.cidr_overlap",
];

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a valid pattern")
}

/// The text with string literals, raw strings and comments replaced by spaces (lines kept).
fn code_only(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push(' ');
                while let Some(c) = chars.next() {
                    if c == '\\' {
                        chars.next();
                        out.push_str("  ");
                        continue;
                    }
                    out.push(if c == '\n' { '\n' } else { ' ' });
                    if c == '"' {
                        break;
                    }
                }
            }
            '`' => {
                out.push(' ');
                for c in chars.by_ref() {
                    out.push(if c == '\n' { '\n' } else { ' ' });
                    if c == '`' {
                        break;
                    }
                }
            }
            '#' => {
                out.push(' ');
                while let Some(&c) = chars.peek() {
                    if c == '\n' {
                        break;
                    }
                    chars.next();
                    out.push(' ');
                }
            }
            other => out.push(other),
        }
    }
    out
}

fn count_word(text: &str, word: &str) -> usize {
    let pattern = format!(r"(^|[^A-Za-z0-9_.]){}([^A-Za-z0-9_]|$)", regex::escape(word));
    let found = regex(&pattern);
    let mut count = 0;
    let mut start = 0;
    while let Some(m) = found.find_at(text, start) {
        count += 1;
        start = m.start() + 1;
    }
    count
}

/// Line and column (1-based) of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    (before.matches('\n').count() + 1, before.rsplit('\n').next().map_or(0, str::len) + 1)
}

/// Every strict-mode error of one module, in source order.
pub fn check(source: &str) -> Vec<StrictError> {
    static IMPORT: LazyLock<Regex> = LazyLock::new(|| regex(r"(?m)^import\s+([A-Za-z0-9_.\[\]]+)(?:\s+as\s+(\w+))?"));
    static RULE_START: LazyLock<Regex> = LazyLock::new(|| regex(r"(?m)^[A-Za-z_][A-Za-z0-9_.]*"));
    static ASSIGN: LazyLock<Regex> = LazyLock::new(|| regex(r"(?:^|[^A-Za-z0-9_.:])([a-z_][A-Za-z0-9_]*)\s*:="));
    static FUNCTION: LazyLock<Regex> = LazyLock::new(|| regex(r"^([A-Za-z_][A-Za-z0-9_.]*)\(([^)]*)\)"));
    let code = code_only(source);
    let mut errors: Vec<(usize, String)> = Vec::new();

    // Imports: unused (the name not found outside import lines), or the same name imported twice.
    let without_imports = IMPORT.replace_all(&code, |found: &regex::Captures<'_>| " ".repeat(found[0].len()));
    let mut imported: BTreeMap<String, usize> = BTreeMap::new();
    let mut import_lines = Vec::new();
    for found in IMPORT.captures_iter(&code) {
        let path = found[1].to_owned();
        if path == "rego.v1" || path.starts_with("future.keywords") {
            continue;
        }
        let at = found.get(0).map_or(0, |m| m.start());
        import_lines.push(at);
        let alias = found
            .get(2)
            .map(|m| m.as_str().to_owned())
            .unwrap_or_else(|| path.rsplit('.').next().unwrap_or(&path).to_owned());
        if imported.insert(alias.clone(), at).is_some() {
            errors.push((at, format!("rego_compile_error: import must not shadow import {path}")));
        } else if count_word(&without_imports, &alias) == 0 {
            errors.push((at, format!("rego_compile_error: import {path} unused")));
        }
    }

    // Rules: each runs from a line starting with a name to the next such line.
    let starts: Vec<usize> = RULE_START
        .find_iter(&code)
        .map(|m| m.start())
        .filter(|at| !import_lines.contains(at) && !code[*at..].starts_with("package "))
        .collect();
    for (i, &start) in starts.iter().enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(code.len());
        let rule = &code[start..end];
        // The body: after the head's `if` or `{`.
        let body_start = rule.find(" if ").or_else(|| rule.find('{')).unwrap_or(rule.len());
        let mut seen = Vec::new();
        for found in ASSIGN.captures_iter(&rule[body_start..]) {
            let name = found[1].to_owned();
            if name.starts_with('_') || seen.contains(&name) {
                continue;
            }
            seen.push(name.clone());
            if count_word(rule, &name) == 1 {
                let at = start + body_start + found.get(1).map_or(0, |m| m.start());
                errors.push((at, format!("rego_compile_error: assigned var {name} unused")));
            }
        }
        if let Some(head) = FUNCTION.captures(rule) {
            for arg in head[2].split(',').map(str::trim) {
                let plain = !arg.is_empty() && arg.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if plain && !arg.starts_with('_') && count_word(rule, arg) == 1 {
                    errors.push((
                        start,
                        format!("rego_compile_error: unused argument {arg}. (hint: use _ (wildcard variable) instead)"),
                    ));
                }
            }
        }
        for name in DEPRECATED {
            let call = regex(&format!(r"(^|[^A-Za-z0-9_.]){}\s*\(", regex::escape(name)));
            if let Some(found) = call.find(&rule[body_start.min(rule.len())..]) {
                let at = start + body_start + found.start();
                errors.push((at, format!("rego_type_error: deprecated built-in function calls in expression: {name}")));
            }
        }
    }
    errors.sort_by_key(|(at, _)| *at);
    errors
        .into_iter()
        .map(|(at, message)| {
            let (line, column) = position(source, at);
            StrictError { line, column, message }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(source: &str) -> Vec<String> {
        check(source).into_iter().map(|e| format!("{}: {}", e.line, e.message)).collect()
    }

    #[test]
    fn unused_assignments_arguments_imports_and_deprecated_built_ins() {
        let source = "package main\n\nimport data.lib.kubernetes\nimport data.lib.names\nimport data.lib.names\n\ndeny contains msg if {\n  unused := input.kind\n  name := input.metadata.name\n  msg := sprintf(\"name: %s\", [name])\n}\n\nf(x, y) := x\n\nold if any([true])\n\nok if {\n  kubernetes.is_pod\n  # not_counted := 1\n}\n";
        assert_eq!(
            messages(source),
            [
                "4: rego_compile_error: import data.lib.names unused",
                "5: rego_compile_error: import must not shadow import data.lib.names",
                "8: rego_compile_error: assigned var unused unused",
                "13: rego_compile_error: unused argument y. (hint: use _ (wildcard variable) instead)",
                "15: rego_type_error: deprecated built-in function calls in expression: any",
            ]
        );
        let clean = "package main\n\nimport rego.v1\n\ndeny contains msg if {\n  name := input.metadata.name\n  msg := sprintf(\"%s\", [name])\n}\n";
        assert!(messages(clean).is_empty());
    }
}
