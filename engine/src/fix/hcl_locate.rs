//! Where an attribute path lands in a Terraform resource block, as byte ranges of the source (from
//! hcl-edit's spans): an attribute's value, or the nested blocks that hold it.

use std::ops::Range;

use hcl::edit::Span;
use hcl::edit::expr::Expression;
use hcl::edit::structure::{Block, Body};

/// One step of an attribute path: `ingress[0].cidr_blocks` is `ingress`, `0`, `cidr_blocks`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Name(String),
    Index(usize),
}

pub fn segments(path: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, rest) = part.split_once('[').map_or((part, ""), |(n, r)| (n, r));
        if !name.is_empty() {
            out.push(Segment::Name(name.to_owned()));
        }
        for index in rest.split(['[', ']']).filter(|s| !s.is_empty()) {
            match index.parse() {
                Ok(i) => out.push(Segment::Index(i)),
                Err(_) => out.push(Segment::Name(index.trim_matches('"').to_owned())),
            }
        }
    }
    out
}

/// What a changed path lands on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An attribute: the path of it (`versioning_configuration[0].status`), its value's range, its
    /// whole lines (to remove it), its indentation, and why its value cannot be replaced (an expression).
    Attribute { root: String, value: Range<usize>, lines: Range<usize>, indent: String, not_literal: Option<String> },
    /// Nested blocks `ident` (all of them, or the one indexed): their path, ranges and indentation.
    Blocks { root: String, ident: String, ranges: Vec<Range<usize>>, indent: String },
}

impl Target {
    pub fn root(&self) -> &str {
        match self {
            Target::Attribute { root, .. } | Target::Blocks { root, .. } => root,
        }
    }
}

/// The `resource "TYPE" "NAME"` block of a body.
pub fn find_resource<'a>(body: &'a Body, resource_type: &str, name: &str) -> Option<&'a Block> {
    body.get_blocks("resource").find(|b| b.has_exact_labels(&[resource_type, name]))
}

/// The whitespace before `at` on its line (the indentation of what starts there).
pub fn indent_at(source: &str, at: usize) -> String {
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &source[line_start..at];
    if before.chars().all(char::is_whitespace) { before.to_owned() } else { String::new() }
}

/// A range widened to whole lines (from its line's start through its newline), for removal.
pub fn whole_lines(source: &str, range: Range<usize>) -> Range<usize> {
    let start = source[..range.start].rfind('\n').map_or(0, |i| i + 1);
    let end = source[range.end..].find('\n').map_or(source.len(), |i| range.end + i + 1);
    start..end
}

/// Whether an expression is a literal value (no variables, references, calls or interpolation).
pub fn is_literal(expr: &Expression) -> bool {
    if expr.is_null() || expr.is_bool() || expr.is_number() || expr.is_str() {
        return true;
    }
    if let Some(array) = expr.as_array() {
        return array.iter().all(is_literal);
    }
    if let Some(object) = expr.as_object() {
        return object.iter().all(|(_, v)| is_literal(v.expr()));
    }
    false
}

/// Walks `path` from a resource block to the attribute or blocks that hold it.
pub fn locate(source: &str, block: &Block, path: &str) -> Result<Target, String> {
    let mut body = &block.body;
    let mut root = String::new();
    let segments = segments(path);
    let mut i = 0;
    while let Some(segment) = segments.get(i) {
        let Segment::Name(name) = segment else {
            return Err(format!("`{path}`: an index where the code has no list of blocks"));
        };
        root = if root.is_empty() { name.clone() } else { format!("{root}.{name}") };
        if let Some(attribute) = body.get_attribute(name) {
            let span = attribute.span().ok_or("no source position")?;
            let value = attribute.value.span().ok_or("no source position")?;
            let not_literal = (!is_literal(&attribute.value))
                .then(|| format!("`{root}` is `{}` in the code", source[value.clone()].trim()));
            return Ok(Target::Attribute {
                root,
                indent: indent_at(source, span.start),
                lines: whole_lines(source, span),
                value,
                not_literal,
            });
        }
        let blocks: Vec<&Block> = body.get_blocks(name).collect();
        if blocks.is_empty() {
            return Err(format!("`{root}` is not written in the code"));
        }
        match segments.get(i + 1) {
            Some(Segment::Index(n)) if segments.len() > i + 2 => {
                let Some(inner) = blocks.get(*n) else {
                    return Err(format!("`{root}[{n}]`: the code has {} such block(s)", blocks.len()));
                };
                root = format!("{root}[{n}]");
                body = &inner.body;
                i += 2;
            }
            _ => {
                let ranges: Vec<Range<usize>> = blocks.iter().filter_map(|b| b.span()).collect();
                let indent = ranges.first().map(|r| indent_at(source, r.start)).unwrap_or_default();
                return Ok(Target::Blocks { root, ident: name.clone(), ranges, indent });
            }
        }
    }
    Err(format!("`{path}` names the resource itself"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = r#"resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id # the bucket
  versioning_configuration {
    status = "Enabled"
  }
  tags = { env = "prod" }
}
"#;

    #[test]
    fn paths_land_on_attributes_and_blocks() {
        let body = hcl::edit::parser::parse_body(SOURCE).unwrap();
        let block = find_resource(&body, "aws_s3_bucket_versioning", "logs").unwrap();
        let Target::Attribute { value, not_literal, indent, .. } =
            locate(SOURCE, block, "versioning_configuration[0].status").unwrap()
        else {
            panic!("an attribute")
        };
        assert_eq!((&SOURCE[value], not_literal, indent.as_str()), ("\"Enabled\"", None, "    "));
        let tags = locate(SOURCE, block, "tags.owner").unwrap();
        assert_eq!(tags.root(), "tags");
        let Target::Attribute { not_literal, .. } = locate(SOURCE, block, "bucket").unwrap() else { panic!() };
        assert_eq!(not_literal.as_deref(), Some("`bucket` is `aws_s3_bucket.logs.id` in the code"));
        let Target::Blocks { ranges, .. } = locate(SOURCE, block, "versioning_configuration").unwrap() else {
            panic!("blocks")
        };
        assert!(SOURCE[ranges[0].clone()].starts_with("versioning_configuration {"));
        assert!(locate(SOURCE, block, "lifecycle_rule[0].id").unwrap_err().contains("not written"));
    }

    #[test]
    fn segments_of_paths() {
        assert_eq!(
            segments("a[0].b.c[12]"),
            vec![
                Segment::Name("a".into()),
                Segment::Index(0),
                Segment::Name("b".into()),
                Segment::Name("c".into()),
                Segment::Index(12)
            ]
        );
    }
}
