//! Terraform's JSON configuration syntax (`.tf.json`, as CDK for Terraform writes it) to the same
//! blocks and expressions as HCL, so it is evaluated with its module: strings are templates
//! (`"${var.name}"`), `type` strings are type expressions, `dynamic` blocks expand. Every attribute
//! is located at its block's key (JSON has no per-value positions here).

use hcl::expr::{Expression, Object, ObjectKey, TemplateExpr};
use serde_json::Value;

use super::parse::{Attr, BlockNode, BodyNode, ParsedFile};
use crate::model::resource::Location;
use crate::model::text::LineIndex;
use crate::normalize::FileError;
use crate::normalize::json_locate::key_after;

/// Block types whose children are `"<label>": { body }` (one label) or, for resources and data
/// sources, `"<type>": { "<name>": { body } }` (two labels).
const ONE_LABEL: [&str; 3] = ["variable", "module", "output"];
const TWO_LABELS: [&str; 2] = ["resource", "data"];

/// Parses a `.tf.json` file.
pub fn parse_tf_json(file: &str, text: &str) -> Result<ParsedFile, FileError> {
    let value = crate::normalize::parse_json(text)?;
    let Value::Object(top) = value else {
        return Err(FileError { message: "a .tf.json file holds one JSON object".into(), line: 1, column: 1 });
    };
    let index = LineIndex::new(text);
    let locate = |key: &str, from: usize| {
        let (line, column) = key_after(text, key, from, &index).unwrap_or((1, 1));
        let at = text.get(from..).and_then(|t| t.find(&format!("\"{key}\""))).map_or(from, |p| p + from);
        (Location { line, column, end_line: line }, at)
    };
    let mut body = BodyNode::default();
    for (kind, content) in &top {
        let (_, kind_at) = locate(kind, 0);
        let Value::Object(content) = content else { continue };
        if kind == "locals" {
            let (location, _) = locate(kind, 0);
            body.blocks.push(block(kind, vec![], content, &location));
        } else if ONE_LABEL.contains(&kind.as_str()) {
            for (name, inner) in content {
                let (location, _) = locate(name, kind_at);
                for item in items(inner) {
                    body.blocks.push(block(kind, vec![name.clone()], item, &location));
                }
            }
        } else if TWO_LABELS.contains(&kind.as_str()) {
            for (ty, by_name) in content {
                let (_, type_at) = locate(ty, kind_at);
                let Value::Object(by_name) = by_name else { continue };
                for (name, inner) in by_name {
                    let (location, _) = locate(name, type_at);
                    for item in items(inner) {
                        body.blocks.push(block(kind, vec![ty.clone(), name.clone()], item, &location));
                    }
                }
            }
        }
    }
    Ok(ParsedFile { file: file.to_owned(), body, ignores: Vec::new(), json: None })
}

/// A block body given as an object, or as an array of objects (several blocks).
fn items(value: &Value) -> Vec<&serde_json::Map<String, Value>> {
    match value {
        Value::Object(map) => vec![map],
        Value::Array(list) => list.iter().filter_map(Value::as_object).collect(),
        _ => Vec::new(),
    }
}

fn block(ident: &str, labels: Vec<String>, map: &serde_json::Map<String, Value>, location: &Location) -> BlockNode {
    BlockNode { ident: ident.to_owned(), labels, body: body(ident, map, location), location: location.clone() }
}

fn body(ident: &str, map: &serde_json::Map<String, Value>, location: &Location) -> BodyNode {
    let mut node = BodyNode::default();
    for (key, value) in map {
        match (key.as_str(), value) {
            ("dynamic", Value::Object(dynamics)) => {
                for (name, spec) in dynamics {
                    for spec in items(spec) {
                        let mut content = spec.clone();
                        let inner = content.remove("content");
                        let mut dynamic = block("dynamic", vec![name.clone()], &content, location);
                        if let Some(Value::Object(inner)) = inner {
                            dynamic.body.blocks.push(block("content", vec![], &inner, location));
                        }
                        node.blocks.push(dynamic);
                    }
                }
            }
            ("lifecycle" | "provisioner" | "connection", _) => {}
            ("type", Value::String(ty)) if ident == "variable" => {
                node.attributes.push(attr(key, type_expr(ty), location))
            }
            _ => node.attributes.push(attr(key, expression(value), location)),
        }
    }
    node
}

fn attr(name: &str, expr: Expression, location: &Location) -> Attr {
    Attr { name: name.to_owned(), expr, location: location.clone(), value_at: (location.line, location.column) }
}

/// A JSON value as an expression: strings with `${` or `%{` are templates.
fn expression(value: &Value) -> Expression {
    match value {
        Value::Null => Expression::Null,
        Value::Bool(b) => Expression::Bool(*b),
        Value::Number(n) => {
            n.as_i64().map(Expression::from).or_else(|| n.as_f64().map(Expression::from)).unwrap_or(Expression::Null)
        }
        Value::String(s) if s.contains("${") || s.contains("%{") => {
            Expression::TemplateExpr(Box::new(TemplateExpr::QuotedString(s.clone())))
        }
        Value::String(s) => Expression::String(s.clone()),
        Value::Array(items) => Expression::Array(items.iter().map(expression).collect()),
        Value::Object(map) => {
            let mut object = Object::new();
            for (k, v) in map {
                object.insert(ObjectKey::Expression(Expression::String(k.clone())), expression(v));
            }
            Expression::Object(object)
        }
    }
}

/// `"type": "list(string)"`: the string is a type expression.
fn type_expr(text: &str) -> Expression {
    hcl::from_str::<hcl::Body>(&format!("t = {}", text.trim_start_matches("${").trim_end_matches('}')))
        .ok()
        .and_then(|b| b.attributes().next().map(|a| a.expr().clone()))
        .unwrap_or(Expression::Variable(hcl::Variable::unchecked("any")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_blocks_match_their_hcl_form() {
        let text = r#"{
  "variable": {"acl": {"type": "string", "default": "public-read"}},
  "resource": {"aws_s3_bucket_acl": {"b": {"count": 2, "acl": "${var.acl}", "bucket": "site-${count.index}"}}}
}"#;
        let parsed = parse_tf_json("main.tf.json", text).unwrap();
        let resource = &parsed.body.blocks[1];
        assert_eq!(
            (resource.ident.as_str(), resource.labels.as_slice()),
            ("resource", ["aws_s3_bucket_acl".to_owned(), "b".to_owned()].as_slice())
        );
        assert_eq!(resource.location.line, 3);
        assert!(matches!(resource.body.attribute("acl").unwrap().expr, Expression::TemplateExpr(_)));
    }
}
