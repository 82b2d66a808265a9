//! Writing values as HCL text the way `terraform fmt` lays it out: quoted strings with HCL escapes,
//! short lists on one line, objects one key a line with aligned `=`, nested blocks for lists of objects.

use serde_json::{Map, Value};

/// The key of an object that stands for an expression written as it is.
pub const EXPR: &str = "$expr";

/// The longest one-line list before it is laid out one element a line.
const ONE_LINE: usize = 80;

/// A string literal: JSON escapes plus HCL's own for template sequences (`${` and `%{`).
pub fn string(s: &str) -> String {
    let quoted = serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    quoted.replace("${", "$${").replace("%{", "%%{")
}

/// Whether a key can be written bare (an HCL identifier).
fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn key(key: &str) -> String {
    if is_identifier(key) { key.to_owned() } else { string(key) }
}

/// An expression for a value, its continuation lines indented by `indent`.
pub fn expression(value: &Value, indent: &str) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => string(s),
        Value::Array(items) if items.is_empty() => "[]".into(),
        Value::Array(items) => {
            let inner = format!("{indent}  ");
            let parts: Vec<String> = items.iter().map(|v| expression(v, &inner)).collect();
            let one_line = format!("[{}]", parts.join(", "));
            if one_line.len() <= ONE_LINE && !one_line.contains('\n') {
                return one_line;
            }
            let lines: Vec<String> = parts.iter().map(|p| format!("{inner}{p},\n")).collect();
            format!("[\n{}{indent}]", lines.concat())
        }
        Value::Object(map) if map.is_empty() => "{}".into(),
        // `{"$expr": "aws_s3_bucket.logs.id"}`: an expression written as it is (a reference).
        Value::Object(map) if map.len() == 1 && map.get(EXPR).is_some_and(Value::is_string) => {
            map[EXPR].as_str().unwrap_or_default().to_owned()
        }
        Value::Object(map) => {
            let inner = format!("{indent}  ");
            let width = map.keys().map(|k| key(k).len()).max().unwrap_or(0);
            let lines: Vec<String> =
                map.iter().map(|(k, v)| format!("{inner}{:<width$} = {}\n", key(k), expression(v, &inner))).collect();
            format!("{{\n{}{indent}}}", lines.concat())
        }
    }
}

/// Whether a value is written as nested blocks: a non-empty list of objects.
pub fn is_block_list(value: &Value) -> bool {
    value.as_array().is_some_and(|items| !items.is_empty() && items.iter().all(Value::is_object))
}

/// The attributes and nested blocks of a body, each line indented by `indent`; `null` values and
/// `skip`ped keys are left out (Terraform treats an absent argument as null).
pub fn body(values: &Map<String, Value>, indent: &str, skip: &dyn Fn(&str) -> bool) -> String {
    let attributes: Vec<(&String, &Value)> =
        values.iter().filter(|(k, v)| !v.is_null() && !skip(k) && !is_block_list(v)).collect();
    let width = attributes.iter().map(|(k, _)| key(k).len()).max().unwrap_or(0);
    let mut out = String::new();
    for (k, v) in &attributes {
        out.push_str(&format!("{indent}{:<width$} = {}\n", key(k), expression(v, indent)));
    }
    for (k, v) in values.iter().filter(|(k, v)| !skip(k) && is_block_list(v)) {
        for item in v.as_array().into_iter().flatten() {
            out.push('\n');
            out.push_str(&block(k, &[], item.as_object().unwrap_or(&Map::new()), indent));
        }
    }
    out
}

/// A block `ident "label" { ... }` at `indent`, ending with a newline.
pub fn block(ident: &str, labels: &[&str], values: &Map<String, Value>, indent: &str) -> String {
    let labels: String = labels.iter().map(|l| format!(" {}", string(l))).collect();
    let inner = format!("{indent}  ");
    let body = body(values, &inner, &|_| false);
    let body = body.strip_prefix('\n').unwrap_or(&body);
    format!("{indent}{ident}{labels} {{\n{body}{indent}}}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_are_written_as_terraform_fmt_would() {
        // Keys keep their order (serde_json preserves it); `=` aligns as `terraform fmt` aligns it.
        assert_eq!(expression(&json!("a ${b} \"c\""), ""), r#""a $${b} \"c\"""#);
        assert_eq!(expression(&json!(["10.0.0.0/8", "::/0"]), ""), r#"["10.0.0.0/8", "::/0"]"#);
        assert_eq!(
            expression(&json!({"env": "prod", "cost-center": 12, "a b": true}), "  "),
            "{\n    env         = \"prod\"\n    cost-center = 12\n    \"a b\"       = true\n  }"
        );
    }

    #[test]
    fn lists_of_objects_become_blocks() {
        let values =
            json!({"name": "web", "ingress": [{"from_port": 443, "cidr_blocks": ["0.0.0.0/0"]}], "gone": null});
        let text = block("resource", &["aws_security_group", "web"], values.as_object().unwrap(), "");
        assert_eq!(
            text,
            "resource \"aws_security_group\" \"web\" {\n  name = \"web\"\n\n  ingress {\n    from_port   = 443\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n"
        );
        assert!(hcl::edit::parser::parse_body(&text).is_ok());
    }
}
