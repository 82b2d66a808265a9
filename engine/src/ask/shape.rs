//! The estate's shape, which is all a model sees of it by default: per resource type, how many there
//! are, their kinds, and every attribute path with its value types; never a value. With values shared,
//! a few examples per type are added, redacted as explanations are.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::explain::redact;
use crate::model::resource::Resource;

/// Paths listed per type at most (the rest are counted).
const MAX_PATHS: usize = 150;
/// Nesting followed into values.
const MAX_DEPTH: usize = 8;
/// Example resources per type when values are shared.
const EXAMPLES: usize = 2;

/// One resource type of the estate.
#[derive(Debug, Clone, Serialize)]
pub struct TypeShape {
    #[serde(rename = "type")]
    pub resource_type: String,
    pub count: usize,
    pub kinds: BTreeSet<&'static str>,
    /// `values.versioning[].enabled` -> `boolean`; several types joined by `|`.
    pub attributes: BTreeMap<String, String>,
    /// Paths beyond `MAX_PATHS`, not listed.
    #[serde(skip_serializing_if = "is_zero")]
    pub more_attributes: usize,
    /// Redacted `values` of a few resources (only when values are shared).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The shape of the resources a query would run over (data sources, providers and variables included:
/// `inspect` shows them too). `share_values`: redacted examples, with `secrets` (values of sensitive
/// variables) removed as well.
pub fn shape(resources: &[Resource], share_values: bool, secrets: &[String]) -> Vec<TypeShape> {
    let mut types: BTreeMap<&str, TypeShape> = BTreeMap::new();
    let mut paths: BTreeMap<&str, BTreeMap<String, BTreeSet<&'static str>>> = BTreeMap::new();
    for resource in resources {
        let entry = types.entry(&resource.resource_type).or_insert_with(|| TypeShape {
            resource_type: resource.resource_type.clone(),
            count: 0,
            kinds: BTreeSet::new(),
            attributes: BTreeMap::new(),
            more_attributes: 0,
            examples: Vec::new(),
        });
        entry.count += 1;
        entry.kinds.insert(resource.kind.as_str());
        walk(&resource.values, "values", 0, paths.entry(&resource.resource_type).or_default());
        if share_values && entry.examples.len() < EXAMPLES {
            let text = serde_json::to_string_pretty(&resource.values).unwrap_or_default();
            entry.examples.push(redact::redact(&text, secrets).0);
        }
    }
    for (name, found) in paths {
        if let Some(entry) = types.get_mut(name) {
            entry.more_attributes = found.len().saturating_sub(MAX_PATHS);
            entry.attributes = found
                .into_iter()
                .take(MAX_PATHS)
                .map(|(path, kinds)| (path, kinds.into_iter().collect::<Vec<_>>().join("|")))
                .collect();
        }
    }
    types.into_values().collect()
}

/// The JSON type name of a value, as Rego's `type_name` says it.
fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Records the path of every value below `value` with its type: objects by key, arrays as `[]`.
fn walk(value: &Value, path: &str, depth: usize, into: &mut BTreeMap<String, BTreeSet<&'static str>>) {
    into.entry(path.to_owned()).or_default().insert(type_name(value));
    if depth >= MAX_DEPTH {
        return;
    }
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                walk(child, &format!("{path}{}", key_in_path(key)), depth + 1, into);
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, &format!("{path}[]"), depth + 1, into);
            }
        }
        _ => {}
    }
}

/// A key as Rego would reach it: `.name`, or `["app.kubernetes.io/name"]` when it is not an identifier.
fn key_in_path(key: &str) -> String {
    let plain = key.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain { format!(".{key}") } else { format!("[{}]", Value::String(key.to_owned())) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_carry_types_never_values() {
        let mut into = BTreeMap::new();
        let value =
            json!({"bucket": "payroll-exports", "versioning": [{"enabled": true}], "tags": {"app.io/env": "prod"}});
        walk(&value, "values", 0, &mut into);
        let listed: Vec<String> = into.iter().map(|(p, t)| format!("{p}: {t:?}")).collect();
        let text = listed.join("\n");
        assert!(text.contains("values.versioning[].enabled: {\"boolean\"}"), "{text}");
        assert!(text.contains("values.tags[\"app.io/env\"]: {\"string\"}"), "{text}");
        assert!(!text.contains("payroll") && !text.contains("prod\""), "{text}");
    }
}
