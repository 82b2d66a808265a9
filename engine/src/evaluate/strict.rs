//! OPA's strict-mode checks (`--strict`) that policies most often trip, as compile errors with OPA's
//! messages: assigned variables never used, function arguments never used, imports never used or
//! imported twice, and deprecated built-ins. regorus has no strict mode; these checks read each rule's
//! text (string literals and comments blanked), so a variable is "used" when its name appears again.

use std::collections::{BTreeMap, HashMap};
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
pub(crate) fn code_only(source: &str) -> String {
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

/// How often each name occurs in `text` as a whole word that is not a field (`x`, not `a.x`).
fn word_counts(text: &str) -> HashMap<&str, usize> {
    static WORD: LazyLock<Regex> = LazyLock::new(|| regex(r"[A-Za-z_][A-Za-z0-9_]*"));
    let mut counts = HashMap::new();
    for found in WORD.find_iter(text) {
        let before = text[..found.start()].chars().next_back();
        if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
            *counts.entry(found.as_str()).or_insert(0) += 1;
        }
    }
    counts
}

/// Every strict-mode error of one module, in source order.
pub fn check(source: &str) -> Vec<StrictError> {
    static IMPORT: LazyLock<Regex> = LazyLock::new(|| regex(r"(?m)^import\s+([A-Za-z0-9_.\[\]]+)(?:\s+as\s+(\w+))?"));
    static RULE_START: LazyLock<Regex> = LazyLock::new(|| regex(r"(?m)^[A-Za-z_][A-Za-z0-9_.]*"));
    static ASSIGN: LazyLock<Regex> = LazyLock::new(|| regex(r"(?:^|[^A-Za-z0-9_.:])([a-z_][A-Za-z0-9_]*)\s*:="));
    static FUNCTION: LazyLock<Regex> = LazyLock::new(|| regex(r"^([A-Za-z_][A-Za-z0-9_.]*)\(([^)]*)\)"));
    static DEPRECATED_CALL: LazyLock<Regex> = LazyLock::new(|| {
        let names: Vec<String> = DEPRECATED.iter().map(|n| regex::escape(n)).collect();
        regex(&format!(r"(?:^|[^A-Za-z0-9_.])({})\s*\(", names.join("|")))
    });
    let code = code_only(source);
    let mut errors: Vec<(usize, String)> = Vec::new();

    // Imports: unused (the name not found outside import lines), or the same name imported twice.
    let without_imports = IMPORT.replace_all(&code, |found: &regex::Captures<'_>| " ".repeat(found[0].len()));
    let used = word_counts(&without_imports);
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
        } else if !used.contains_key(alias.as_str()) {
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
        let counts = word_counts(rule);
        let once = |name: &str| counts.get(name) == Some(&1);
        let mut seen = Vec::new();
        for found in ASSIGN.captures_iter(&rule[body_start..]) {
            let name = found[1].to_owned();
            if name.starts_with('_') || seen.contains(&name) {
                continue;
            }
            seen.push(name.clone());
            if once(&name) {
                let at = start + body_start + found.get(1).map_or(0, |m| m.start());
                errors.push((at, format!("rego_compile_error: assigned var {name} unused")));
            }
        }
        if let Some(head) = FUNCTION.captures(rule) {
            for arg in head[2].split(',').map(str::trim) {
                let plain = !arg.is_empty() && arg.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                if plain && !arg.starts_with('_') && once(arg) {
                    errors.push((
                        start,
                        format!("rego_compile_error: unused argument {arg}. (hint: use _ (wildcard variable) instead)"),
                    ));
                }
            }
        }
        let mut reported = Vec::new();
        for found in DEPRECATED_CALL.captures_iter(&rule[body_start..]) {
            let Some(name) = found.get(1).filter(|n| !reported.contains(&n.as_str())) else { continue };
            reported.push(name.as_str());
            let message =
                format!("rego_type_error: deprecated built-in function calls in expression: {}", name.as_str());
            errors.push((start + body_start + name.start(), message));
        }
    }
    errors.sort_by_key(|(at, _)| *at);
    let lines = crate::model::text::LineIndex::new(source);
    errors
        .into_iter()
        .map(|(at, message)| {
            let position = lines.position(at);
            StrictError { line: position.line, column: position.column, message }
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
