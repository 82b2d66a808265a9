//! Values as Helm coalesces them: the user's values over the chart's `values.yaml` (a `null` deletes
//! a default), each subchart's section over the subchart's own defaults, the parent's `global` copied
//! into every subchart (the parent's wins); subcharts whose `condition` or `tags` turn them off are
//! dropped. `--set` paths (`a.b[0].c=v`) are read as Helm's strvals reads them.

use serde_json::{Map, Value as Json};

use super::chart::{Chart, dependency_of};

/// Merges `user` over the chart's defaults (and its subcharts', recursively), removing disabled
/// subcharts from `chart`.
pub fn coalesce(chart: &mut Chart, user: Json) -> Json {
    let mut values = match user {
        Json::Object(map) => map,
        _ => Map::new(),
    };
    merge_defaults(&mut values, &chart.values);
    drop_disabled(chart, &values);
    for sub in &mut chart.subcharts {
        let mut section = match values.remove(&sub.name) {
            Some(Json::Object(map)) => map,
            _ => Map::new(),
        };
        copy_globals(&mut section, &values);
        let merged = coalesce(sub, Json::Object(section));
        values.insert(sub.name.clone(), merged);
    }
    Json::Object(values)
}

/// Fills `dest` with `defaults` where it has no value; a `null` in `dest` removes the default.
fn merge_defaults(dest: &mut Map<String, Json>, defaults: &Json) {
    let Json::Object(defaults) = defaults else { return };
    for (key, default) in defaults {
        match dest.get_mut(key) {
            None => {
                dest.insert(key.clone(), default.clone());
            }
            Some(Json::Null) => {
                dest.remove(key);
            }
            Some(Json::Object(inner)) => merge_defaults(inner, default),
            Some(_) => {}
        }
    }
}

/// The parent's `global` over the subchart's own `global`.
fn copy_globals(section: &mut Map<String, Json>, parent: &Map<String, Json>) {
    let Some(Json::Object(parent_global)) = parent.get("global") else {
        return;
    };
    let mut global = match section.remove("global") {
        Some(Json::Object(map)) => map,
        _ => Map::new(),
    };
    for (key, value) in parent_global {
        match (global.get_mut(key), value) {
            (Some(Json::Object(mine)), Json::Object(theirs)) => {
                for (k, v) in theirs {
                    mine.insert(k.clone(), v.clone());
                }
            }
            _ => {
                global.insert(key.clone(), value.clone());
            }
        }
    }
    section.insert("global".into(), Json::Object(global));
}

/// Removes subcharts whose dependency `condition` (first path that is a boolean) is false, or whose
/// `tags` are all false.
fn drop_disabled(chart: &mut Chart, values: &Map<String, Json>) {
    let parent = chart.clone();
    chart.subcharts.retain(|sub| {
        let Some(dep) = dependency_of(&parent, sub) else { return true };
        if let Some(condition) = dep.get("condition").and_then(Json::as_str) {
            for path in condition.split(',').map(str::trim) {
                if let Some(Json::Bool(on)) = lookup(values, path) {
                    return *on;
                }
            }
        }
        if let Some(tags) = dep.get("tags").and_then(Json::as_array) {
            let states: Vec<bool> = tags
                .iter()
                .filter_map(|t| t.as_str())
                .filter_map(|t| lookup(values, &format!("tags.{t}")).and_then(Json::as_bool))
                .collect();
            if !states.is_empty() {
                return states.iter().any(|s| *s);
            }
        }
        true
    });
}

fn lookup<'a>(values: &'a Map<String, Json>, path: &str) -> Option<&'a Json> {
    let mut parts = path.split('.');
    let mut at = values.get(parts.next()?)?;
    for part in parts {
        at = at.get(part)?;
    }
    Some(at)
}

/// Sets `path=value` as `--set` does: dots nest maps, `[n]` indexes lists, `\.` is a literal dot;
/// `true`/`false`/`null` and integers are typed, everything else is a string.
pub fn set_path(values: &mut Json, assignment: &str) -> Result<(), String> {
    let (path, raw) = assignment.split_once('=').ok_or_else(|| format!("--set {assignment:?}: expected key=value"))?;
    let value = match raw {
        "true" => Json::Bool(true),
        "false" => Json::Bool(false),
        "null" => Json::Null,
        _ => raw.parse::<i64>().map_or_else(|_| Json::String(raw.to_owned()), Json::from),
    };
    let mut keys: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut chars = path.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'.') => current.push(chars.next().unwrap_or('.')),
            '.' => keys.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    keys.push(current);
    let mut at = values;
    for (i, key) in keys.iter().enumerate() {
        let (name, index) = match key.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (key.as_str(), None),
        };
        if !at.is_object() {
            *at = Json::Object(Map::new());
        }
        let last = i + 1 == keys.len();
        let slot = at.as_object_mut().map(|m| m.entry(name.to_owned()).or_insert(Json::Null));
        let Some(slot) = slot else { return Err(format!("--set {assignment:?}: cannot set {name}")) };
        at = match index {
            Some(n) => {
                if !slot.is_array() {
                    *slot = Json::Array(Vec::new());
                }
                let list = slot.as_array_mut().ok_or("not a list")?;
                if n > 10_000 {
                    return Err(format!("--set {assignment:?}: index {n} too large"));
                }
                while list.len() <= n {
                    list.push(Json::Null);
                }
                &mut list[n]
            }
            None => slot,
        };
        if last {
            *at = value.clone();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn set_paths_nest_and_type() {
        let mut values = json!({"a": {"keep": 1}});
        set_path(&mut values, "a.b=2").unwrap();
        set_path(&mut values, "list[1].name=x").unwrap();
        set_path(&mut values, "dotted\\.key=true").unwrap();
        assert_eq!(values, json!({"a": {"keep": 1, "b": 2}, "list": [null, {"name": "x"}], "dotted.key": true}));
    }
}
