//! `replacements`: a field of one object (`source`, by kind/name/..., `fieldPath` default
//! `metadata.name`) copied into fields of others (`targets`: `select`, `reject`, `fieldPaths`), with
//! `options` `delimiter`/`index` (replace one part of a delimited string) and `create`. Field paths
//! are dotted, with `[key=value]` picking a list element and numbers indexing.

use serde_json::{Map, Value};

use super::{Object, selected};

fn segments(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut in_brackets = false;
    for c in path.trim().chars() {
        match c {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            '.' if !in_brackets => {
                out.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    out.push(current);
    out.into_iter().filter(|s| !s.is_empty()).collect()
}

/// The child a segment names: a key, `[k=v]` in a list, or an index.
fn child<'a>(value: &'a mut Value, segment: &str, create: bool) -> Option<&'a mut Value> {
    if let Some(selector) = segment.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
        let (key, wanted) = selector.split_once('=')?;
        let items = value.as_array_mut()?;
        return items.iter_mut().find(|i| i.get(key).and_then(Value::as_str) == Some(wanted));
    }
    match value {
        Value::Array(items) => items.get_mut(segment.parse::<usize>().ok()?),
        Value::Object(map) => {
            if create && !map.contains_key(segment) {
                map.insert(segment.to_owned(), Value::Object(Map::new()));
            }
            map.get_mut(segment)
        }
        Value::Null if create => {
            *value = Value::Object(Map::new());
            child(value, segment, create)
        }
        _ => None,
    }
}

fn read(value: &Value, path: &str) -> Option<Value> {
    let mut copy = value.clone();
    let mut at = &mut copy;
    for segment in segments(path) {
        at = child(at, &segment, false)?;
    }
    Some(at.clone())
}

fn write(value: &mut Value, path: &str, new: &Value, options: &Value) -> Result<(), String> {
    let create = options.get("create").and_then(Value::as_bool).unwrap_or(false);
    let parts = segments(path);
    let mut at = value;
    for segment in &parts {
        at = match child(at, segment, create) {
            Some(next) => next,
            None if create => return Err(format!("replacements: cannot create {path}")),
            None => return Ok(()),
        };
    }
    match options.get("delimiter").and_then(Value::as_str) {
        Some(delimiter) => {
            let index = options.get("index").and_then(Value::as_i64).unwrap_or(0);
            let current = at.as_str().unwrap_or_default().to_owned();
            let mut pieces: Vec<String> = current.split(delimiter).map(str::to_owned).collect();
            let text = new.as_str().map_or_else(|| new.to_string(), str::to_owned);
            match usize::try_from(index).ok().filter(|i| *i < pieces.len()) {
                Some(i) => pieces[i] = text,
                None if index < 0 => pieces.insert(0, text),
                None => pieces.push(text),
            }
            *at = Value::String(pieces.join(delimiter));
        }
        // The target keeps its type: a number copied into a string field is written as text.
        None => match (&*at, new) {
            (Value::String(_), Value::Number(n)) => *at = Value::String(n.to_string()),
            (Value::String(_), Value::Bool(b)) => *at = Value::String(b.to_string()),
            _ => *at = new.clone(),
        },
    }
    Ok(())
}

/// Applies the `replacements` of a kustomization to the objects built so far.
pub fn apply(objects: &mut [Object], replacements: &[Value], file: &str) -> Result<(), String> {
    for replacement in replacements {
        let source = replacement
            .get("source")
            .and_then(Value::as_object)
            .ok_or(format!("{file}: a replacement without a source"))?;
        let path = source.get("fieldPath").and_then(Value::as_str).unwrap_or("metadata.name");
        let matching: Vec<&Object> = objects.iter().filter(|o| selected(o, source)).collect();
        let [from] = matching.as_slice() else {
            return Err(format!("{file}: a replacement source matches {} objects, not one", matching.len()));
        };
        let value = read(&from.value, path).ok_or(format!("{file}: replacement source field {path} not found"))?;
        let value = match source.get("options") {
            Some(options) if options.get("delimiter").is_some() => {
                let delimiter = options.get("delimiter").and_then(Value::as_str).unwrap_or_default();
                let index = options.get("index").and_then(Value::as_u64).unwrap_or(0) as usize;
                let text = value.as_str().unwrap_or_default().to_owned();
                Value::String(text.split(delimiter).nth(index).unwrap_or_default().to_owned())
            }
            _ => value,
        };
        for target in replacement.get("targets").and_then(Value::as_array).into_iter().flatten() {
            let select = target.get("select").and_then(Value::as_object).cloned().unwrap_or_default();
            let rejects: Vec<Map<String, Value>> = target
                .get("reject")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|r| r.as_object().cloned())
                .collect();
            let options = target.get("options").cloned().unwrap_or(Value::Null);
            for object in objects.iter_mut() {
                if !selected(object, &select) || rejects.iter().any(|r| selected(object, r)) {
                    continue;
                }
                for field in
                    target.get("fieldPaths").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str)
                {
                    write(&mut object.value, field, &value, &options)?;
                }
            }
        }
    }
    Ok(())
}
