//! Where a built object's lines come from: the object is written out as YAML, and each line of it is
//! traced to the line of the same field in the file the object was read from (list elements matched
//! by their merge key, `name` first, so a patch that reorders containers does not move findings).
//! A field the source lacks (added by a patch or a transformer) takes its nearest written parent's line.

use serde_json::Value;

use crate::normalize::yaml_tree::{YamlDoc, parse_documents};

const MERGE_KEYS: [&str; 5] = ["name", "containerPort", "mountPath", "port", "ip"];

/// The YAML text of objects (one document each) and, per line, the source line it came from.
/// `sources` gives, per object, its source document (when the file parses).
pub fn write(objects: &[(&Value, Option<&YamlDoc>)]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut lines = Vec::new();
    for (value, source) in objects {
        let body = crate::render::to_yaml::to_yaml(value);
        text.push_str("---\n");
        let start = source.map_or(1, |s| s.start.line);
        lines.push(start);
        let mut own = vec![start; body.lines().count()];
        if let (Some(source), Ok(docs)) = (source, parse_documents(&body))
            && let Some(out) = docs.first()
        {
            trace(out, value, source, &mut own);
        }
        text.push_str(&body);
        text.push('\n');
        lines.extend(own);
    }
    (text, lines)
}

/// Fills `lines` (0-based over the written body) from the source document.
fn trace(out: &YamlDoc, value: &Value, source: &YamlDoc, lines: &mut [usize]) {
    let mut pointers: Vec<(&String, usize)> = out
        .key_positions
        .iter()
        .map(|(p, pos)| (p, pos.line))
        .chain(out.positions.iter().map(|(p, pos)| (p, pos.line)))
        .collect();
    pointers.sort_by_key(|(p, line)| (*line, std::cmp::Reverse(p.len())));
    let mut done = vec![false; lines.len()];
    for (pointer, line) in pointers {
        let Some(slot) = line.checked_sub(1).filter(|l| *l < lines.len()) else { continue };
        if done[slot] {
            continue;
        }
        if let Some(found) = source_line(pointer, value, source) {
            lines[slot] = found;
            done[slot] = true;
        }
    }
    // Lines no field starts on (block scalars' continuation lines) follow the line above.
    for i in 1..lines.len() {
        if !done[i] {
            lines[i] = lines[i - 1];
        }
    }
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
