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
            let deepest = crate::render::deepest_fields(&doc);
            let mut last = start;
            for (i, line) in lines.iter_mut().enumerate() {
                match deepest.get(&(i + 1)) {
                    Some(pointer) => {
                        if let Some(source) = object.source {
                            last = source_line(pointer, object.value, source);
                        }
                        // A patch wrote the line when it sets a value there, or adds a block the
                        // source lacks (not when the line is only structure the patch walks through).
                        let in_source = object.source.is_some_and(|s| translate(pointer, object.value, &s.value).1);
                        patched[i] = object.patches.iter().rev().find_map(|(file, patch)| {
                            let (path, whole) = translate(pointer, object.value, &patch.value);
                            let value = patch.value.pointer(&path).filter(|_| whole)?;
                            if (value.is_object() || value.is_array()) && in_source {
                                return None;
                            }
                            patch.position(&path).map(|p| ((*file).to_owned(), p.line))
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

/// The source line of an output field: the same path in the source, else its nearest parent there.
fn source_line(pointer: &str, value: &Value, source: &YamlDoc) -> usize {
    let (mut translated, _) = translate(pointer, value, &source.value);
    loop {
        if let Some(position) = source.position(&translated) {
            return position.line;
        }
        match translated.rfind('/') {
            Some(cut) => translated.truncate(cut),
            None => return source.start.line,
        }
    }
}

/// The longest prefix of an output pointer that another document holds, in that document's terms
/// (list elements matched by merge key), and whether it is the whole pointer.
fn translate(pointer: &str, value: &Value, other: &Value) -> (String, bool) {
    let mut translated = String::new();
    let (mut out_at, mut other_at) = (Some(value), other);
    for segment in pointer.split('/').skip(1) {
        let next_out = out_at.and_then(|v| step(v, segment));
        let mapped = match other_at {
            Value::Array(items) => {
                match next_out.and_then(|o| MERGE_KEYS.iter().find_map(|k| o.get(*k).map(|v| (*k, v)))) {
                    Some((k, v)) => items.iter().position(|i| i.get(k) == Some(v)).map(|i| i.to_string()),
                    None => Some(segment.to_owned()),
                }
            }
            _ => Some(segment.to_owned()),
        };
        let Some(next_other) = mapped.as_deref().and_then(|m| step(other_at, m)) else {
            return (translated, false);
        };
        translated.push('/');
        translated.push_str(mapped.as_deref().unwrap_or_default());
        other_at = next_other;
        out_at = next_out;
    }
    (translated, true)
}

fn step<'a>(value: &'a Value, segment: &str) -> Option<&'a Value> {
    let key = segment.replace("~1", "/").replace("~0", "~");
    match value {
        Value::Object(map) => map.get(&key),
        Value::Array(items) => items.get(key.parse::<usize>().ok()?),
        _ => None,
    }
}
