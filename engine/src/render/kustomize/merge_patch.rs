//! Strategic merge patches as Kubernetes applies them: maps merge, `null` deletes a key, lists of
//! known kinds merge by their merge key (containers by `name`, ports by `containerPort`, volume
//! mounts by `mountPath`, ...), other lists are replaced; `$patch: delete` removes a map or a list
//! element, `$patch: replace` replaces instead of merging; `$setElementOrder`/`$retainKeys` are read
//! and dropped. And JSON patches (RFC 6902) with `add`, `remove`, `replace`, `move`, `copy`, `test`.

use serde_json::{Map, Value};

/// The merge key of a list field, by the field's name (Kubernetes' `patchMergeKey`s for the common
/// workload, service and RBAC fields).
fn merge_key(field: &str, items: &[Value]) -> Option<&'static str> {
    let key = match field {
        "containers" | "initContainers" | "ephemeralContainers" | "env" | "volumes" | "imagePullSecrets" => "name",
        "volumeMounts" | "volumeDevices" => "mountPath",
        "ports" => {
            // Containers' ports merge by containerPort, a Service's by port.
            if items.iter().any(|i| i.get("containerPort").is_some()) { "containerPort" } else { "port" }
        }
        "hostAliases" => "ip",
        "topologySpreadConstraints" => "topologyKey",
        "conditions" => "type",
        _ => return None,
    };
    Some(key)
}

/// Applies a strategic merge patch to `target`.
pub fn strategic_merge(target: &mut Value, patch: &Value) {
    let (Value::Object(t), Value::Object(p)) = (&mut *target, patch) else {
        *target = patch.clone();
        return;
    };
    if p.get("$patch").and_then(Value::as_str) == Some("replace") {
        let mut replaced = p.clone();
        replaced.remove("$patch");
        *t = replaced;
        return;
    }
    for (key, value) in p {
        if key.starts_with("$setElementOrder") || key == "$retainKeys" || key == "$patch" {
            continue;
        }
        match value {
            Value::Null => {
                t.remove(key);
            }
            Value::Object(inner) if inner.get("$patch").and_then(Value::as_str) == Some("delete") => {
                t.remove(key);
            }
            Value::Object(_) => match t.get_mut(key) {
                Some(existing @ Value::Object(_)) => strategic_merge(existing, value),
                _ => {
                    let mut fresh = Value::Object(Map::new());
                    strategic_merge(&mut fresh, value);
                    t.insert(key.clone(), fresh);
                }
            },
            Value::Array(items) => {
                let merged = match (t.get(key), merge_key(key, items)) {
                    (Some(Value::Array(existing)), Some(mk)) => merge_list(existing, items, mk),
                    _ => items.iter().filter(|i| !is_delete(i)).cloned().collect(),
                };
                t.insert(key.clone(), Value::Array(merged));
            }
            other => {
                t.insert(key.clone(), other.clone());
            }
        }
    }
}

fn is_delete(item: &Value) -> bool {
    item.get("$patch").and_then(Value::as_str) == Some("delete")
}

/// Merges list elements by `key` as Kustomize orders them: the patch's elements first, in its
/// order (merged into the existing element with the same key, or new), then the existing elements
/// the patch does not name; `$patch: delete` removes an element.
fn merge_list(existing: &[Value], patch: &[Value], key: &str) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    let mut named = vec![false; existing.len()];
    for item in patch {
        let at = item.get(key).and_then(|id| existing.iter().position(|e| e.get(key) == Some(id)));
        if let Some(i) = at {
            named[i] = true;
        }
        if is_delete(item) {
            continue;
        }
        let mut merged = at.map_or_else(|| Value::Object(Map::new()), |i| existing[i].clone());
        strategic_merge(&mut merged, item);
        out.push(merged);
    }
    out.extend(existing.iter().zip(named).filter(|(_, n)| !n).map(|(e, _)| e.clone()));
    out
}

/// Applies JSON patch operations; an operation that cannot apply is an error naming it.
pub fn json_patch(target: &mut Value, operations: &[Value]) -> Result<(), String> {
    for op in operations {
        let kind = op.get("op").and_then(Value::as_str).unwrap_or_default();
        let path = op.get("path").and_then(Value::as_str).unwrap_or_default();
        let value = op.get("value").cloned().unwrap_or(Value::Null);
        let from = op.get("from").and_then(Value::as_str).unwrap_or_default();
        let failed = || format!("JSON patch {kind} {path}: the path does not exist");
        match kind {
            "add" => add(target, path, value).ok_or_else(failed)?,
            "remove" => {
                remove(target, path).ok_or_else(failed)?;
            }
            "replace" => {
                let slot = target.pointer_mut(path).ok_or_else(failed)?;
                *slot = value;
            }
            "move" => {
                let moved = remove(target, from).ok_or_else(failed)?;
                add(target, path, moved).ok_or_else(failed)?;
            }
            "copy" => {
                let copied = target.pointer(from).cloned().ok_or_else(failed)?;
                add(target, path, copied).ok_or_else(failed)?;
            }
            "test" => {
                if target.pointer(path) != Some(&value) {
                    return Err(format!("JSON patch test {path}: the value differs"));
                }
            }
            other => return Err(format!("JSON patch: unknown operation {other:?}")),
        }
    }
    Ok(())
}

fn split(path: &str) -> Option<(String, String)> {
    let (parent, last) = path.rsplit_once('/')?;
    Some((parent.to_owned(), last.replace("~1", "/").replace("~0", "~")))
}

fn add(target: &mut Value, path: &str, value: Value) -> Option<()> {
    if path.is_empty() {
        *target = value;
        return Some(());
    }
    let (parent, last) = split(path)?;
    match target.pointer_mut(&parent)? {
        Value::Object(map) => {
            map.insert(last, value);
        }
        Value::Array(items) if last == "-" => items.push(value),
        Value::Array(items) => {
            let at: usize = last.parse().ok()?;
            if at > items.len() {
                return None;
            }
            items.insert(at, value);
        }
        _ => return None,
    }
    Some(())
}

fn remove(target: &mut Value, path: &str) -> Option<Value> {
    let (parent, last) = split(path)?;
    match target.pointer_mut(&parent)? {
        Value::Object(map) => map.remove(&last),
        Value::Array(items) => {
            let at: usize = last.parse().ok()?;
            (at < items.len()).then(|| items.remove(at))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn containers_merge_by_name_and_lists_replace() {
        let mut base = json!({"spec": {"containers": [{"name": "a", "image": "a:1", "args": ["x"]}], "tolerations": [{"key": "k"}]}});
        let patch = json!({"spec": {"containers": [{"name": "a", "image": "a:2", "args": ["y"]}, {"name": "b", "image": "b:1"}], "tolerations": [{"key": "j"}], "hostNetwork": null}});
        strategic_merge(&mut base, &patch);
        assert_eq!(
            base,
            json!({"spec": {"containers": [{"name": "a", "image": "a:2", "args": ["y"]}, {"name": "b", "image": "b:1"}], "tolerations": [{"key": "j"}]}})
        );
        strategic_merge(&mut base, &json!({"spec": {"containers": [{"name": "b", "$patch": "delete"}]}}));
        assert_eq!(base["spec"]["containers"].as_array().map(Vec::len), Some(1));
        json_patch(&mut base, &[json!({"op": "add", "path": "/spec/containers/0/args/-", "value": "z"})]).unwrap();
        assert_eq!(base["spec"]["containers"][0]["args"], json!(["y", "z"]));
    }
}
