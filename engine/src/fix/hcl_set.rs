//! Setting and removing attributes inside a Terraform block by path, creating the nested blocks a path
//! needs (`metadata_options[0].http_tokens` adds a `metadata_options` block when there is none), as text
//! edits at hcl-edit's spans: the rest of the file keeps its bytes.

use hcl::edit::Span;
use hcl::edit::structure::{Block, Body};
use serde_json::{Map, Value};

use super::TextEdit;
use super::hcl_locate::{Segment, indent_at, is_literal, segments, whole_lines};
use super::hcl_render::{block as render_block, expression, is_block_list};

/// One value to set at a path below a body.
type Entry = (Vec<Segment>, Value);

/// The JSON a literal HCL expression stands for (to merge keys into an object attribute).
fn literal_json(text: &str) -> Option<Value> {
    let parsed: hcl::Value = hcl::from_str(&format!("x = {text}\n")).ok()?;
    serde_json::to_value(parsed).ok()?.get("x").cloned()
}

/// Sets `path` inside a JSON value, creating objects (and one-element lists for indexes) on the way.
fn set_json(target: &mut Value, path: &[Segment], value: Value) {
    let Some((first, rest)) = path.split_first() else {
        *target = value;
        return;
    };
    match first {
        Segment::Name(name) => {
            if !target.is_object() {
                *target = Value::Object(Map::new());
            }
            let slot = target.as_object_mut().map(|m| m.entry(name.clone()).or_insert(Value::Null));
            if let Some(slot) = slot {
                set_json(slot, rest, value);
            }
        }
        Segment::Index(i) => {
            if !target.is_array() {
                *target = Value::Array(Vec::new());
            }
            if let Some(list) = target.as_array_mut() {
                while list.len() <= *i {
                    list.push(Value::Object(Map::new()));
                }
                set_json(&mut list[*i], rest, value);
            }
        }
    }
}

/// Where new lines go in a block: the start of its closing brace's line, and their indentation.
fn insertion_point(source: &str, block: &Block) -> Result<(usize, String), String> {
    let span = block.span().ok_or("no source position")?;
    let close = span.end.saturating_sub(1);
    let line_start = source[..close].rfind('\n').map_or(0, |i| i + 1);
    if line_start <= span.start {
        return Err(format!("`{}` is written on one line: fix it by hand", block.ident.as_str()));
    }
    let first_child = block.body.iter().find_map(|s| s.span());
    let indent = match first_child {
        Some(child) => indent_at(source, child.start),
        None => format!("{}  ", indent_at(source, span.start)),
    };
    Ok((line_start, indent))
}

/// `name` padded so its `=` lines up with the attribute on the line above `at` (as `terraform fmt`
/// aligns a group), when it fits in that attribute's key width; else as it is (the neighbours are
/// not rewritten).
fn aligned(source: &str, at: usize, indent: &str, name: &str) -> String {
    let above = source[..at].strip_suffix('\n').unwrap_or_default();
    let line = above.rsplit('\n').next().unwrap_or_default();
    let Some(rest) = line.strip_prefix(indent) else { return name.to_owned() };
    let Some(eq) = rest.find('=') else { return name.to_owned() };
    let key = rest[..eq].trim_end();
    let is_key = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    let width = eq.saturating_sub(1);
    if is_key && !rest[eq..].starts_with("==") && name.len() <= width {
        format!("{name:<width$}")
    } else {
        name.to_owned()
    }
}

/// Adds the edits that set `entries` inside `block` (whose body is `body`).
pub fn set_in_block(
    source: &str,
    file: &str,
    block: &Block,
    entries: Vec<Entry>,
    edits: &mut Vec<TextEdit>,
) -> Result<(), String> {
    let body: &Body = &block.body;
    let mut groups: Vec<(String, Vec<Entry>)> = Vec::new();
    for (path, value) in entries {
        let Some((Segment::Name(name), _)) = path.split_first() else {
            return Err("a path must start with an attribute or block name".into());
        };
        let name = name.clone();
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, group)) => group.push((path, value)),
            None => groups.push((name, vec![(path, value)])),
        }
    }
    for (name, group) in groups {
        if let Some(attribute) = body.get_attribute(&name) {
            let range = attribute.value.span().ok_or("no source position")?;
            let indent = indent_at(source, attribute.span().map_or(range.start, |s| s.start));
            let text = &source[range.clone()];
            if !is_literal(&attribute.value) {
                return Err(format!("`{name}` is `{}` in the code: the value comes from an expression", text.trim()));
            }
            let mut value = if group.iter().all(|(p, _)| p.len() == 1) {
                Value::Null
            } else {
                literal_json(text).ok_or_else(|| format!("`{name}`: the value could not be read"))?
            };
            for (path, v) in group {
                set_json(&mut value, &path[1..], v);
            }
            edits.push(TextEdit { file: file.to_owned(), range, text: expression(&value, &indent) });
            continue;
        }
        let blocks: Vec<&Block> = body.get_blocks(&name).collect();
        if !blocks.is_empty() {
            let mut by_index: Vec<(usize, Vec<Entry>)> = Vec::new();
            for (path, value) in group {
                let Some(Segment::Index(i)) = path.get(1) else {
                    return Err(format!("`{name}` is a block: the path must index it (`{name}[0]`)"));
                };
                let rest = path[2..].to_vec();
                match by_index.iter_mut().find(|(n, _)| n == i) {
                    Some((_, entries)) => entries.push((rest, value)),
                    None => by_index.push((*i, vec![(rest, value)])),
                }
            }
            for (i, entries) in by_index {
                let inner = blocks
                    .get(i)
                    .ok_or_else(|| format!("`{name}[{i}]`: the code has {} such block(s)", blocks.len()))?;
                set_in_block(source, file, inner, entries, edits)?;
            }
            continue;
        }
        // Absent: write it before the block's closing brace.
        let (at, indent) = insertion_point(source, block)?;
        let mut value = Value::Null;
        for (path, v) in group {
            set_json(&mut value, &path, v);
        }
        let Some((_, created)) = value.as_object().and_then(|m| m.iter().next()) else { continue };
        let text = match created {
            Value::Array(items) if is_block_list(created) => {
                let blocks: Vec<String> = items
                    .iter()
                    .filter_map(Value::as_object)
                    .map(|item| render_block(&name, &[], item, &indent))
                    .collect();
                blocks.concat()
            }
            other => format!("{indent}{} = {}\n", aligned(source, at, &indent, &name), expression(other, &indent)),
        };
        edits.push(TextEdit { file: file.to_owned(), range: at..at, text });
    }
    Ok(())
}

/// The edit that removes an attribute (its whole lines) from a block, if it is there.
pub fn remove_in_block(source: &str, file: &str, block: &Block, path: &[Segment]) -> Result<Option<TextEdit>, String> {
    match path {
        [Segment::Name(name)] => Ok(block.body.get_attribute(name).and_then(|a| a.span()).map(|span| TextEdit {
            file: file.to_owned(),
            range: whole_lines(source, span),
            text: String::new(),
        })),
        [Segment::Name(name), Segment::Index(i), rest @ ..] => match block.body.get_blocks(name).nth(*i) {
            Some(inner) => remove_in_block(source, file, inner, rest),
            None => Ok(None),
        },
        _ => Err("remove: the path must name an attribute".into()),
    }
}

/// Parses a path into segments (for callers holding text paths).
pub fn path(text: &str) -> Vec<Segment> {
    segments(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::apply;
    use crate::fix::hcl_locate::find_resource;
    use serde_json::json;

    const SOURCE: &str =
        "resource \"aws_instance\" \"app\" {\n  ami = \"ami-1\" # pinned\n\n  tags = { team = \"web\" }\n}\n";

    fn run(entries: Vec<(&str, Value)>) -> String {
        let body = hcl::edit::parser::parse_body(SOURCE).unwrap();
        let block = find_resource(&body, "aws_instance", "app").unwrap();
        let entries = entries.into_iter().map(|(p, v)| (path(p), v)).collect();
        let mut edits = Vec::new();
        set_in_block(SOURCE, "main.tf", block, entries, &mut edits).unwrap();
        apply(SOURCE, &edits.iter().collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn sets_create_blocks_and_keep_the_rest() {
        let out = run(vec![
            ("metadata_options[0].http_tokens", json!("required")),
            ("metadata_options[0].http_endpoint", json!("enabled")),
        ]);
        assert_eq!(
            out,
            "resource \"aws_instance\" \"app\" {\n  ami = \"ami-1\" # pinned\n\n  tags = { team = \"web\" }\n  metadata_options {\n    http_tokens   = \"required\"\n    http_endpoint = \"enabled\"\n  }\n}\n"
        );
        let out = run(vec![("ami", json!("ami-2")), ("tags.env", json!("prod")), ("monitoring", json!(true))]);
        assert!(out.contains("  ami = \"ami-2\" # pinned\n"), "{out}");
        assert!(out.contains("team = \"web\"\n    env  = \"prod\""), "{out}");
        assert!(out.ends_with("  monitoring = true\n}\n"), "{out}");
    }
}
