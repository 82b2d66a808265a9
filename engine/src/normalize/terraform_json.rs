//! Terraform JSON configuration (`.tf.json`) to resources.

use std::collections::BTreeMap;

use serde_json::Value;

use super::json_locate::key_after;
use super::terraform::provider_of;
use super::{FileError, parse_json};
use crate::resource::{Kind, Location, Resource};
use crate::text::LineIndex;

pub fn normalize(file: &str, dir: &str, text: &str) -> Result<Vec<Resource>, FileError> {
    let value = parse_json(text)?;
    let index = LineIndex::new(text);
    let mut resources = Vec::new();
    for (mode, prefix) in [("resource", ""), ("data", "data.")] {
        let Some(types) = value.get(mode).and_then(Value::as_object) else {
            continue;
        };
        let mode_at = text.find(&format!("\"{mode}\"")).unwrap_or(0);
        for (resource_type, by_name) in types {
            let Some(by_name) = by_name.as_object() else {
                continue;
            };
            let type_at = text[mode_at..].find(&format!("\"{resource_type}\"")).map_or(mode_at, |p| p + mode_at);
            for (name, body) in by_name {
                let body = match body {
                    Value::Array(items) => items.first().cloned().unwrap_or(Value::Null),
                    other => other.clone(),
                };
                let (line, column) = key_after(text, name, type_at, &index).unwrap_or((1, 1));
                let (values, unknown) = split_unknown(body);
                let address = format!("{prefix}{resource_type}.{name}");
                resources.push(Resource {
                    identity: format!("{dir}::{address}"),
                    address,
                    resource_type: resource_type.clone(),
                    kind: Kind::Terraform,
                    provider: provider_of(resource_type),
                    values,
                    unknown,
                    references: BTreeMap::new(),
                    file: file.to_owned(),
                    location: Location { line, column, end_line: line },
                    attributes: BTreeMap::new(),
                    inline_ignores: Vec::new(),
                    module_calls: Vec::new(),
                });
            }
        }
    }
    Ok(resources)
}

/// Top-level string values with `${...}` interpolations are unknown until evaluated.
fn split_unknown(body: Value) -> (Value, Vec<String>) {
    let Value::Object(map) = body else {
        return (Value::Object(Default::default()), Vec::new());
    };
    let mut unknown = Vec::new();
    let known = map
        .into_iter()
        .filter(|(key, value)| {
            let interpolated = value.as_str().is_some_and(|s| s.contains("${"));
            if interpolated {
                unknown.push(key.clone());
            }
            !interpolated
        })
        .collect();
    (Value::Object(known), unknown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_and_interpolations() {
        let text = "{\n \"resource\": {\n  \"aws_s3_bucket\": {\n   \"logs\": {\"acl\": \"public-read\", \"bucket\": \"${var.name}\"}\n  }\n }\n}";
        let resources = normalize("main.tf.json", ".", text).unwrap();
        assert_eq!(resources[0].address, "aws_s3_bucket.logs");
        assert_eq!(resources[0].values["acl"], "public-read");
        assert_eq!(resources[0].unknown, vec!["bucket"]);
        assert_eq!(resources[0].location.line, 4);
    }
}
