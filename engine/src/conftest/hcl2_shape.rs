//! The document Conftest's HCL2 parser builds from a `.tf` file, which Conftest policies read: a
//! block's labels become nested keys and its body the next element of a list at the innermost key
//! (`resource.aws_s3_bucket.logs[0]`, `locals[0]`, nested blocks `versioning[0]`); literal values are
//! JSON values; any other expression is its source text wrapped in `${...}` (`"${var.region}"`), and a
//! template keeps its literal parts with each interpolation so wrapped (`"logs-${var.env}"`).

use hcl::edit::Span;
use hcl::edit::expr::{Expression, ObjectKey};
use hcl::edit::structure::{Block, BlockLabel, Body, Structure};
use hcl::edit::template::{Element, Template};
use serde_json::{Map, Value};

use crate::normalize::FileError;

/// Parses HCL text into Conftest's document shape.
pub fn parse(text: &str) -> Result<Value, FileError> {
    let body = hcl::edit::parser::parse_body(text).map_err(|e| {
        let location = e.location();
        FileError { message: e.message().to_owned(), line: location.line(), column: location.column() }
    })?;
    body_json(&body, text).map(Value::Object)
}

fn body_json(body: &Body, source: &str) -> Result<Map<String, Value>, FileError> {
    let mut out = Map::new();
    for structure in body.iter() {
        if let Structure::Attribute(attribute) = structure {
            out.insert(attribute.key.as_str().to_owned(), expression(&attribute.value, source));
        }
    }
    for structure in body.iter() {
        if let Structure::Block(block) = structure {
            add_block(block, source, &mut out)?;
        }
    }
    Ok(out)
}

/// Adds a block under its type and labels, appending its body to the list at the innermost key.
fn add_block(block: &Block, source: &str, out: &mut Map<String, Value>) -> Result<(), FileError> {
    let value = Value::Object(body_json(&block.body, source)?);
    let mut key = block.ident.as_str().to_owned();
    let mut current = out;
    for label in &block.labels {
        let inner = current.entry(key.clone()).or_insert_with(|| Value::Object(Map::new()));
        let Value::Object(inner) = inner else {
            let (line, column) = position(source, block.ident.span());
            let message = format!("block `{key}` is also an attribute: it cannot hold labelled blocks");
            return Err(FileError { message, line, column });
        };
        current = inner;
        key = match label {
            BlockLabel::Ident(ident) => ident.as_str().to_owned(),
            BlockLabel::String(string) => string.value().clone(),
        };
    }
    match current.get_mut(&key) {
        Some(Value::Array(list)) => list.push(value),
        Some(existing) => *existing = Value::Array(vec![existing.take(), value]),
        None => {
            current.insert(key, Value::Array(vec![value]));
        }
    }
    Ok(())
}

fn position(source: &str, span: Option<std::ops::Range<usize>>) -> (usize, usize) {
    let p = crate::model::text::LineIndex::new(source).position(span.map_or(0, |s| s.start));
    (p.line, p.column)
}

/// The source text of a parsed element.
fn text(source: &str, span: Option<std::ops::Range<usize>>) -> String {
    span.and_then(|s| source.get(s)).unwrap_or_default().to_owned()
}

fn wrapped(source: &str, expr: &Expression) -> String {
    format!("${{{}}}", text(source, expr.span()))
}

fn expression(expr: &Expression, source: &str) -> Value {
    match expr {
        Expression::Null(_) => Value::Null,
        Expression::Bool(b) => Value::Bool(*b.value()),
        Expression::Number(n) => serde_json::to_value(n.value()).unwrap_or(Value::Null),
        Expression::String(s) => Value::String(s.value().clone()),
        Expression::Array(array) => Value::Array(array.iter().map(|e| expression(e, source)).collect()),
        Expression::Object(object) => {
            let mut map = Map::new();
            for (key, value) in object.iter() {
                let key = match key {
                    ObjectKey::Ident(ident) => ident.as_str().to_owned(),
                    ObjectKey::Expression(Expression::Variable(v)) => v.as_str().to_owned(),
                    ObjectKey::Expression(e @ Expression::Traversal(_)) => text(source, e.span()),
                    ObjectKey::Expression(e) => string_part(e, source),
                };
                map.insert(key, expression(value.expr(), source));
            }
            Value::Object(map)
        }
        Expression::StringTemplate(template) => Value::String(template_string(template, source)),
        Expression::HeredocTemplate(heredoc) => Value::String(template_string(&heredoc.template, source)),
        other => Value::String(wrapped(source, other)),
    }
}

/// An expression inside a template or used as an object key, as a string.
fn string_part(expr: &Expression, source: &str) -> String {
    match expr {
        Expression::String(s) => s.value().clone(),
        Expression::Number(n) => n.value().to_string(),
        Expression::Bool(b) => b.value().to_string(),
        Expression::StringTemplate(template) => template_string(template, source),
        other => wrapped(source, other),
    }
}

fn template_string(template: &Template, source: &str) -> String {
    let mut out = String::new();
    for element in template.iter() {
        match element {
            Element::Literal(literal) => out.push_str(literal.value()),
            Element::Interpolation(interpolation) => out.push_str(&string_part(&interpolation.expr, source)),
            Element::Directive(directive) => out.push_str(&text(source, directive.span())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_lists_under_their_labels_and_expressions_their_source() {
        let text = "variable \"region\" {\n  default = \"eu-west-1\"\n}\n\nresource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"logs-${var.env}\"\n  count  = 2\n  tags   = { team = \"data\", (var.k) = local.v }\n  acl    = var.acl\n  versioning {\n    enabled = true\n  }\n  versioning {\n    enabled = false\n  }\n}\n\nlocals {\n  name = upper(\"x\")\n}\n";
        let doc = parse(text).expect("parses");
        assert_eq!(doc["variable"]["region"][0]["default"], "eu-west-1");
        let bucket = &doc["resource"]["aws_s3_bucket"]["logs"][0];
        assert_eq!(bucket["bucket"], "logs-${var.env}");
        assert_eq!(bucket["count"], 2);
        assert_eq!(bucket["acl"], "${var.acl}");
        assert_eq!(bucket["tags"]["team"], "data");
        assert_eq!(bucket["tags"]["${(var.k)}"], "${local.v}");
        assert_eq!(bucket["versioning"][1]["enabled"], false);
        assert_eq!(doc["locals"][0]["name"], "${upper(\"x\")}");
    }
}
