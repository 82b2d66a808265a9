//! Terraform HCL (`.tf`, `.tfvars`) to resources, with a line for every attribute.
//!
//! Values are evaluated with an empty context: literals, operators, templates and conditionals over
//! literals become values; anything that needs a variable, local, reference or function is recorded in
//! `unknown` and left out, so rules stay silent on it. Full Terraform evaluation builds on this model.

use std::collections::BTreeMap;

use hcl::edit::Span;
use hcl::edit::structure::{Block, BlockLabel, Body, Structure};
use hcl::eval::{Context, Evaluate};
use serde_json::{Map, Value};

use super::FileError;
use crate::resource::{Kind, Location, Resource, child_path, index_path};
use crate::suppress::inline::{ignores_for_block, scan_ignores};
use crate::text::LineIndex;

/// Deepest bracket nesting accepted before parsing (the parser recurses per level).
pub const MAX_NESTING: usize = 256;

/// Normalizes one Terraform file. `module_dir` is the module directory used for resource identity.
pub fn normalize(file: &str, module_dir: &str, text: &str) -> Result<Vec<Resource>, FileError> {
    check_nesting(text)?;
    let body = parse_lenient(text)?;
    let index = LineIndex::new(text);
    let comments = scan_ignores(text);
    let ctx = Context::new();
    let mut resources = Vec::new();
    for block in body.blocks() {
        let address = match (block.ident.as_str(), block.labels.as_slice()) {
            ("resource", [ty, name]) => format!("{}.{}", label(ty), label(name)),
            ("data", [ty, name]) => format!("data.{}.{}", label(ty), label(name)),
            _ => continue,
        };
        let resource_type = label(&block.labels[0]).to_owned();
        let location = span_location(block.span(), &index);
        let mut walker = BodyWalker {
            index: &index,
            ctx: &ctx,
            attributes: BTreeMap::new(),
            unknown: Vec::new(),
            references: BTreeMap::new(),
        };
        let values = walker.body(&block.body, "");
        resources.push(Resource {
            identity: format!("{module_dir}::{address}"),
            provider: provider_of(&resource_type),
            inline_ignores: ignores_for_block(&comments, location.line, location.end_line),
            address,
            resource_type,
            kind: Kind::Terraform,
            values,
            unknown: walker.unknown,
            references: walker.references,
            file: file.to_owned(),
            location,
            attributes: walker.attributes,
        });
    }
    Ok(resources)
}

/// Terraform accepts an object key given twice (the last wins); hcl-edit rejects it. The repeated key
/// is renamed in place (same length, so every span stays right) and the parse retried.
fn parse_lenient(text: &str) -> Result<Body, FileError> {
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

fn label(label: &BlockLabel) -> &str {
    label.as_str()
}

/// `aws_s3_bucket` is from provider `aws`; `google_compute_instance` from `google`.
pub fn provider_of(resource_type: &str) -> String {
    resource_type.split('_').next().unwrap_or(resource_type).to_owned()
}

fn span_location(span: Option<std::ops::Range<usize>>, index: &LineIndex) -> Location {
    match span {
        Some(range) => Location::at(index.position(range.start), index.line(range.end.saturating_sub(1))),
        None => Location { line: 1, column: 1, end_line: 1 },
    }
}

struct BodyWalker<'a> {
    index: &'a LineIndex,
    ctx: &'a Context<'a>,
    attributes: BTreeMap<String, Location>,
    unknown: Vec<String>,
    references: BTreeMap<String, Vec<String>>,
}

impl BodyWalker<'_> {
    fn body(&mut self, body: &Body, path: &str) -> Value {
        let mut map = Map::new();
        for structure in body.iter() {
            match structure {
                Structure::Attribute(attr) => {
                    let attr_path = child_path(path, attr.key.as_str());
                    self.attributes.insert(attr_path.clone(), span_location(attr.span(), self.index));
                    let expr: hcl::Expression = attr.value.clone().into();
                    match expr.evaluate(self.ctx).ok().and_then(|v| serde_json::to_value(v).ok()) {
                        Some(value) => {
                            map.insert(attr.key.as_str().to_owned(), value);
                        }
                        None => {
                            let mut refs = Vec::new();
                            super::references::collect(&expr, &mut refs);
                            if !refs.is_empty() {
                                self.references.insert(attr_path.clone(), refs);
                            }
                            self.unknown.push(attr_path);
                        }
                    }
                }
                Structure::Block(block) => self.nested_block(block, path, &mut map),
            }
        }
        Value::Object(map)
    }

    fn nested_block(&mut self, block: &Block, path: &str, map: &mut Map<String, Value>) {
        let (name, is_dynamic) = match (block.ident.as_str(), block.labels.first()) {
            ("dynamic", Some(label)) => (label.as_str().to_owned(), true),
            (ident, _) => (ident.to_owned(), false),
        };
        let block_path = child_path(path, &name);
        if is_dynamic {
            // Expanded by Terraform evaluation; until then its content is unknown.
            self.attributes.entry(block_path.clone()).or_insert_with(|| span_location(block.span(), self.index));
            self.unknown.push(block_path);
            return;
        }
        let entry = map.entry(name).or_insert_with(|| Value::Array(Vec::new()));
        let Value::Array(items) = entry else { return };
        let item_path = index_path(&block_path, items.len());
        let location = span_location(block.span(), self.index);
        self.attributes.entry(block_path).or_insert_with(|| location.clone());
        self.attributes.insert(item_path.clone(), location);
        let value = self.body(&block.body, &item_path);
        items.push(value);
    }
}

fn check_nesting(text: &str) -> Result<(), FileError> {
    let mut depth = 0usize;
    let mut index = None;
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'{' | b'[' | b'(' => {
                depth += 1;
                if depth > MAX_NESTING {
                    let pos = index.get_or_insert_with(|| LineIndex::new(text)).position(offset);
                    return Err(FileError {
                        message: format!("nesting deeper than {MAX_NESTING} levels"),
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

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r#"
variable "x" { default = 1 }

resource "aws_security_group" "ssh" {
  name = "ssh-${var.env}"
  # tollgate:ignore=AWS002 bastion host
  ingress {
    from_port   = 22
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port = 443
  }
  tags = { team = "core", n = 1 + 2 }
}
"#;

    #[test]
    fn blocks_become_arrays_and_references_unknown() {
        let resources = normalize("main.tf", ".", SRC).unwrap();
        assert_eq!(resources.len(), 1);
        let r = &resources[0];
        assert_eq!(r.address, "aws_security_group.ssh");
        assert_eq!(r.provider, "aws");
        assert_eq!(r.values["ingress"][0]["cidr_blocks"][0], "0.0.0.0/0");
        assert_eq!(r.values["ingress"][1]["from_port"], 443);
        assert_eq!(r.values["tags"]["n"], 3);
        assert_eq!(r.unknown, vec!["name"]);
        assert!(r.references.is_empty());
        assert_eq!((r.location.line, r.location.end_line), (4, 15));
        assert_eq!(r.locate(Some("ingress[0].cidr_blocks")).line, 9);
        assert_eq!(r.locate(Some("ingress[1].missing")).line, 11);
        assert_eq!(r.inline_ignores[0].rule, "AWS002");
    }

    #[test]
    fn repeated_object_keys_are_accepted_as_terraform_does() {
        let src = "resource \"a_b\" \"c\" {\n  x = {\n    port = 80\n    name = \"n\"\n    port = 81\n  }\n}\n";
        let resources = normalize("main.tf", ".", src).unwrap();
        assert_eq!(resources[0].values["x"]["port"], 80);
        assert_eq!(resources[0].locate(Some("x")).line, 2);
    }

    #[test]
    fn parse_errors_and_deep_nesting_are_located() {
        let err = normalize("bad.tf", ".", "resource \"a\" \"b\" {\n  x = \n}\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 7), "{err:?}");
        let deep = format!("x = {}{}", "[".repeat(300), "]".repeat(300));
        assert!(normalize("deep.tf", ".", &deep).unwrap_err().message.contains("nesting"));
    }
}
