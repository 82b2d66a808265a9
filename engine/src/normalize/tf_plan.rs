//! Terraform plan JSON (`terraform show -json PLANFILE`) to resources: the planned values of every module.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::json_locate::string_values_of_key;
use super::terraform::provider_of;
use crate::resource::{Kind, Location, Resource};
use crate::text::LineIndex;

pub fn is_plan(value: &Value) -> bool {
    value.get("planned_values").is_some() || value.get("resource_changes").is_some_and(Value::is_array)
}

pub fn normalize(file: &str, dir: &str, text: &str, plan: &Value) -> Vec<Resource> {
    let index = LineIndex::new(text);
    let lines = string_values_of_key(text, "address", &index);
    let unknown = unknown_by_address(plan);
    let mut resources = Vec::new();
    if let Some(root) = plan.pointer("/planned_values/root_module") {
        collect_module(root, &mut |r| {
            resources.push(to_resource(r, Kind::TerraformPlan, file, dir, &lines, unknown.get(r_address(r))))
        });
    }
    resources
}

/// Visits every resource of a module tree (`resources` and `child_modules`, recursively).
pub fn collect_module<'a>(module: &'a Value, visit: &mut dyn FnMut(&'a Value)) {
    for resource in module.get("resources").and_then(Value::as_array).into_iter().flatten() {
        visit(resource);
    }
    for child in module.get("child_modules").and_then(Value::as_array).into_iter().flatten() {
        collect_module(child, visit);
    }
}

fn r_address(resource: &Value) -> &str {
    resource.get("address").and_then(Value::as_str).unwrap_or_default()
}

/// Builds a resource from a plan or state JSON resource object (`address`, `type`, `values`).
pub fn to_resource(
    resource: &Value,
    kind: Kind,
    file: &str,
    dir: &str,
    lines: &HashMap<String, (usize, usize)>,
    unknown: Option<&Vec<String>>,
) -> Resource {
    let address = r_address(resource).to_owned();
    let resource_type = resource.get("type").and_then(Value::as_str).unwrap_or_default().to_owned();
    let (line, column) = lines.get(&address).copied().unwrap_or((1, 1));
    Resource {
        identity: format!("{dir}::{address}"),
        provider: provider_of(&resource_type),
        resource_type,
        kind,
        values: resource.get("values").cloned().unwrap_or_else(|| Value::Object(Default::default())),
        unknown: unknown.cloned().unwrap_or_default(),
        references: BTreeMap::new(),
        file: file.to_owned(),
        location: Location { line, column, end_line: line },
        attributes: BTreeMap::new(),
        inline_ignores: Vec::new(),
        module_calls: Vec::new(),
        address,
    }
}

/// Top-level attributes a plan marks as known only after apply (`after_unknown`).
fn unknown_by_address(plan: &Value) -> HashMap<&str, Vec<String>> {
    let mut unknown = HashMap::new();
    for change in plan.get("resource_changes").and_then(Value::as_array).into_iter().flatten() {
        let Some(after) = change.pointer("/change/after_unknown").and_then(Value::as_object) else {
            continue;
        };
        let keys: Vec<String> =
            after.iter().filter(|(_, v)| **v != Value::Bool(false)).map(|(k, _)| k.clone()).collect();
        if !keys.is_empty() {
            unknown.insert(r_address(change), keys);
        }
    }
    unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn planned_values_of_all_modules() {
        let text = r#"{"format_version":"1.2","planned_values":{"root_module":{"resources":[
{"address":"aws_s3_bucket.a","type":"aws_s3_bucket","values":{"acl":"private"}}],
"child_modules":[{"resources":[
{"address":"module.m.aws_instance.b","type":"aws_instance","values":{}}]}]}},
"resource_changes":[{"address":"aws_s3_bucket.a","change":{"after_unknown":{"id":true,"acl":false}}}]}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        assert!(is_plan(&value));
        let resources = normalize("plan.json", ".", text, &value);
        assert_eq!(resources.len(), 2);
        assert_eq!(resources[0].values["acl"], "private");
        assert_eq!(resources[0].unknown, vec!["id"]);
        assert_eq!(resources[1].location.line, 4);
    }
}
