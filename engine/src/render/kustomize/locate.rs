//! Where a built object's lines come from: the object is written out as YAML, and each line of it is
//! traced to the line of the same field in the file the object was read from (list elements matched
//! by their merge key, `name` first, so a patch that reorders containers does not move findings).
//! A field the source lacks (added by a patch or a transformer) takes its nearest written parent's line.

use serde_json::Value;

use crate::normalize::yaml_tree::{YamlDoc, parse_documents};

const MERGE_KEYS: [&str; 5] = ["name", "containerPort", "mountPath", "port", "ip"];

/// One object to write: its value, the document it was read from, and the patch documents applied
/// to it (file, document), in order.
pub struct Located<'a> {
    pub value: &'a Value,
    pub source: Option<&'a YamlDoc>,
    pub patches: Vec<(&'a str, &'a YamlDoc)>,
}

/// Where each written line came from: the source line, and the patch line when a patch wrote it.
pub struct Written {
    pub text: String,
    pub lines: Vec<usize>,
    pub patched: Vec<Option<(String, usize)>>,
}

/// The YAML text of objects (one document each), each line traced to its source and patch lines.
pub fn write(objects: &[Located<'_>]) -> Written {
    let mut out = Written { text: String::new(), lines: Vec::new(), patched: Vec::new() };
    for object in objects {
        let body = crate::render::to_yaml::to_yaml(object.value);
        out.text.push_str("---\n");
        let start = object.source.map_or(1, |s| s.start.line);
        out.lines.push(start);
        out.patched.push(None);
        let count = body.lines().count();
        let mut lines = vec![start; count];
        let mut patched = vec![None; count];
        if let Some(doc) = parse_documents(&body).ok().and_then(|mut d| (!d.is_empty()).then(|| d.remove(0))) {
            let deepest = deepest_fields(&doc);
            let mut last = start;
            for (i, line) in lines.iter_mut().enumerate() {
                match deepest.get(&(i + 1)) {
                    Some(pointer) => {
                        if let Some(source) = object.source {
                            last = source_line(pointer, object.value, source).unwrap_or(last);
                        }
                        // A patch wrote the line when it sets a value there, or adds a block the
                        // source lacks (not when the line is only structure the patch walks through).
                        let in_source =
                            object.source.is_some_and(|s| translate(pointer, object.value, &s.value).is_some());
                        patched[i] = object.patches.iter().rev().find_map(|(file, patch)| {
                            let written = translate(pointer, object.value, &patch.value).and_then(|t| {
                                patch.value.pointer(&t).map(|v| !(v.is_object() || v.is_array()) || !in_source)
                            })?;
                            if !written {
                                return None;
                            }
                            patch_line(pointer, object.value, patch).map(|l| ((*file).to_owned(), l))
                        });
                    }
                    None => patched[i] = i.checked_sub(1).and_then(|p| patched[p].clone()),
                }
                *line = last;
            }
        }
        out.text.push_str(&body);
        out.text.push('\n');
        out.lines.extend(lines);
        out.patched.extend(patched);
    }
    out
}

/// The deepest field starting on each line (1-based) of a written document.
fn deepest_fields(doc: &YamlDoc) -> std::collections::BTreeMap<usize, String> {
    let mut deepest: std::collections::BTreeMap<usize, String> = std::collections::BTreeMap::new();
    for (pointer, position) in doc.key_positions.iter().chain(doc.positions.iter()) {
        let slot = deepest.entry(position.line).or_default();
        if pointer.matches('/').count() > slot.matches('/').count() || slot.is_empty() {
            *slot = pointer.clone();
        }
    }
    deepest
}

/// The line of a patch that wrote the field (every segment present in the patch).
fn patch_line(pointer: &str, value: &Value, patch: &YamlDoc) -> Option<usize> {
    let translated = translate(pointer, value, &patch.value)?;
    patch.position(&translated).map(|p| p.line)
}

/// An output pointer in another document's terms, list elements matched by merge key; `None` when
/// the other document lacks a segment.
fn translate(pointer: &str, value: &Value, other: &Value) -> Option<String> {
    let mut translated = String::new();
    let (mut out_at, mut other_at) = (Some(value), Some(other));
    for segment in pointer.split('/').skip(1) {
        let next_out = out_at.and_then(|v| step(v, segment));
        let mapped = match other_at {
            Some(Value::Array(items)) => {
                let key = next_out.and_then(|o| MERGE_KEYS.iter().find_map(|k| o.get(*k).map(|v| (*k, v))));
                match key {
                    Some((k, v)) => items.iter().position(|i| i.get(k) == Some(v))?.to_string(),
                    None => segment.to_owned(),
                }
            }
            _ => segment.to_owned(),
        };
        other_at = other_at.and_then(|v| step(v, &mapped));
        other_at?;
        translated.push('/');
        translated.push_str(&mapped);
        out_at = next_out;
    }
    Some(translated)
}

/// The source line of an output field: the same path in the source, list elements matched by merge
/// key; a missing field's nearest parent.
fn source_line(pointer: &str, value: &Value, source: &YamlDoc) -> Option<usize> {
    let segments: Vec<&str> = pointer.split('/').skip(1).collect();
    let mut translated = String::new();
    let mut best = None;
    let (mut out_at, mut src_at) = (Some(value), Some(&source.value));
    for segment in segments {
        let next_out = out_at.and_then(|v| step(v, segment));
        let mapped = match (out_at, src_at) {
            (Some(Value::Array(_)), Some(Value::Array(items))) => {
                let key = next_out.and_then(|o| MERGE_KEYS.iter().find_map(|k| o.get(*k).map(|v| (*k, v))));
                match key {
                    Some((k, v)) => items.iter().position(|i| i.get(k) == Some(v)).map(|i| i.to_string()),
                    None => Some(segment.to_owned()),
                }
            }
            _ => Some(segment.to_owned()),
        };
        let Some(mapped) = mapped else { break };
        translated.push('/');
        translated.push_str(&mapped);
        src_at = src_at.and_then(|v| step(v, &mapped));
        out_at = next_out;
        match source.position(&translated) {
            Some(pos) => best = Some(pos.line),
            None => break,
        }
    }
    best.or(Some(source.start.line))
}

fn step<'a>(value: &'a Value, segment: &str) -> Option<&'a Value> {
    let key = segment.replace("~1", "/").replace("~0", "~");
    match value {
        Value::Object(map) => map.get(&key),
        Value::Array(items) => items.get(key.parse::<usize>().ok()?),
        _ => None,
    }
}
