//! Parsing one Terraform file into blocks and attributes with their locations, expressions converted
//! once for evaluation. Terraform's leniencies (a repeated object key) are accepted; deep nesting is
//! refused before the recursive parser sees it.

use std::ops::Range;

use hcl::edit::Span;
use hcl::edit::structure::{Body, Structure};

use crate::model::resource::{InlineIgnore, Location};
use crate::model::text::LineIndex;
use crate::normalize::FileError;
use crate::suppress::inline::scan_ignores;

/// An attribute: `name = expr`.
#[derive(Debug, Clone)]
pub struct Attr {
    pub name: String,
    pub expr: hcl::Expression,
    /// Where the attribute is written (line and column of its name, its last line).
    pub location: Location,
    /// Line and column of the value, for errors in it.
    pub value_at: (usize, usize),
}

/// A block: `ident "label" { ... }`.
#[derive(Debug, Clone)]
pub struct BlockNode {
    pub ident: String,
    pub labels: Vec<String>,
    pub body: BodyNode,
    pub location: Location,
}

/// A block body, in written order.
#[derive(Debug, Clone, Default)]
pub struct BodyNode {
    pub attributes: Vec<Attr>,
    pub blocks: Vec<BlockNode>,
}

impl BodyNode {
    pub fn attribute(&self, name: &str) -> Option<&Attr> {
        self.attributes.iter().find(|a| a.name == name)
    }

    pub fn blocks<'a>(&'a self, ident: &'a str) -> impl Iterator<Item = &'a BlockNode> {
        self.blocks.iter().filter(move |b| b.ident == ident)
    }
}

/// One parsed file.
#[derive(Debug)]
pub struct ParsedFile {
    /// The file as scanned (`/`-separated display path).
    pub file: String,
    pub body: BodyNode,
    /// `# tollgate:ignore=...` comments in the file.
    pub ignores: Vec<InlineIgnore>,
    /// The values of a `.tfvars.json` file.
    pub json: Option<serde_json::Value>,
}

/// Parses a `.tfvars.json` file.
pub fn parse_vars_json(file: &str, text: &str) -> Result<ParsedFile, FileError> {
    let value = crate::normalize::parse_json(text)?;
    Ok(ParsedFile { file: file.to_owned(), body: BodyNode::default(), ignores: Vec::new(), json: Some(value) })
}

/// Parses a `.tf` or `.tfvars` file.
pub fn parse_file(file: &str, text: &str) -> Result<ParsedFile, FileError> {
    check_nesting(text)?;
    let body = parse_lenient(text)?;
    let index = LineIndex::new(text);
    Ok(ParsedFile { file: file.to_owned(), body: convert(&body, &index), ignores: scan_ignores(text), json: None })
}

fn convert(body: &Body, index: &LineIndex) -> BodyNode {
    let mut node = BodyNode::default();
    for structure in body.iter() {
        match structure {
            Structure::Attribute(attr) => {
                let value_at = attr.value.span().map_or((1, 1), |s| {
                    let p = index.position(s.start);
                    (p.line, p.column)
                });
                node.attributes.push(Attr {
                    name: attr.key.as_str().to_owned(),
                    expr: attr.value.clone().into(),
                    location: span_location(attr.span(), index),
                    value_at,
                });
            }
            Structure::Block(block) => node.blocks.push(BlockNode {
                ident: block.ident.as_str().to_owned(),
                labels: block.labels.iter().map(|l| l.as_str().to_owned()).collect(),
                body: convert(&block.body, index),
                location: span_location(block.span(), index),
            }),
        }
    }
    node
}

/// A span as a location (start line and column, end line).
pub fn span_location(span: Option<Range<usize>>, index: &LineIndex) -> Location {
    match span {
        Some(range) => Location::at(index.position(range.start), index.line(range.end.saturating_sub(1))),
        None => Location { line: 1, column: 1, end_line: 1 },
    }
}

/// Terraform accepts an object key given twice (the last wins); hcl-edit rejects it. The repeated key
/// is renamed in place (same length, so every span stays right) and the parse retried.
pub fn parse_lenient(text: &str) -> Result<Body, FileError> {
    let mut source = std::borrow::Cow::Borrowed(text);
    for _ in 0..64 {
        let err = match hcl::edit::parser::parse_body(&source) {
            Ok(body) => return Ok(body),
            Err(err) => err,
        };
        let (line, column) = (err.location().line(), err.location().column());
        let failed = || FileError { message: err.message().to_owned(), line, column };
        if !err.message().contains("redefined object key") {
            return Err(failed());
        }
        let index = LineIndex::new(&source);
        let Some(start) = index.line_start(line).map(|s| s + column - 1) else {
            return Err(failed());
        };
        let at = if source[start..].starts_with('"') { start + 1 } else { start };
        match source.as_bytes().get(at) {
            Some(b) if b.is_ascii_alphabetic() || *b == b'_' => source.to_mut().replace_range(at..at + 1, "_"),
            _ => return Err(failed()),
        }
        if source.as_bytes().get(at + 1).is_some_and(|b| *b == b'_') {
            return Err(failed());
        }
    }
    Err(FileError { message: "too many repeated object keys".into(), line: 1, column: 1 })
}

/// Rejects bracket nesting deeper than the `hcl_depth` limit before parsing (the parser recurses per
/// level, so the limit cannot go above `MAX_HCL_DEPTH`).
fn check_nesting(text: &str) -> Result<(), FileError> {
    let max = crate::model::limits::current().hcl_depth.min(crate::model::limits::MAX_HCL_DEPTH);
    let mut depth = 0usize;
    let mut index = None;
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'{' | b'[' | b'(' => {
                depth += 1;
                if depth > max {
                    let pos = index.get_or_insert_with(|| LineIndex::new(text)).position(offset);
                    return Err(FileError {
                        message: format!("nesting deeper than {max} levels (limits.hcl_depth)"),
                        line: pos.line,
                        column: pos.column,
                    });
                }
            }
            b'}' | b']' | b')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}
