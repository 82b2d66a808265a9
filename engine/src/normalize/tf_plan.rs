//! Terraform plan JSON (`terraform show -json PLANFILE`) to resources: the planned values of every module.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::json_locate::string_values_of_key;
use crate::model::resource::{Kind, Location, Resource};
use crate::model::text::LineIndex;

pub fn is_plan(value: &Value) -> bool {
    value.get("planned_values").is_some() || value.get("resource_changes").is_some_and(Value::is_array)
}

pub fn normalize(file: &str, dir: &str, text: &str, plan: &Value) -> Vec<Resource> {
    let index = LineIndex::new(text);
    let lines = string_values_of_key(text, "address", &index);
    let unknown = unknown_by_address(plan);
    let references = configuration_references(plan);
    let mut resources = Vec::new();
    if let Some(root) = plan.pointer("/planned_values/root_module") {
        collect_module(root, &mut |r| {
            let mut resource = to_resource(r, Kind::TerraformPlan, file, dir, &lines, unknown.get(r_address(r)));
            let module = module_prefix(&resource.address).to_owned();
            let config_address = format!("{}{}", without_keys(&module), strip_index(&resource.address[module.len()..]));
            if let Some(refs) = references.get(&config_address) {
                // References are written inside the module: they point at its own instance's resources.
                resource.references = refs
                    .iter()
                    .map(|(attr, to)| (attr.clone(), to.iter().map(|a| format!("{module}{a}")).collect()))
                    .collect();
            }
            resources.push(resource)
        });
    }
    resources
}

/// `module.a[0].module.b.` of `module.a[0].module.b.aws_x.y[1]`, with instance keys removed
/// (`module.a.module.b.`), as the configuration names it.
fn module_prefix(address: &str) -> &str {
    let mut end = 0;
    let mut rest = address;
    while let Some(after) = rest.strip_prefix("module.") {
        let name_end = after.find('.').map_or(after.len(), |i| i);
        end += "module.".len() + name_end + 1;
        rest = &address[end.min(address.len())..];
    }
    &address[..end.min(address.len())]
}

/// `module.a[0].module.b["x"].` to `module.a.module.b.`.
fn without_keys(prefix: &str) -> String {
    let mut out = String::with_capacity(prefix.len());
    let mut depth = 0;
    for c in prefix.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn strip_index(address: &str) -> &str {
    address.find('[').map_or(address, |i| &address[..i])
}

/// Attribute references from the plan's `configuration` (`expressions.<attr>.references`), by resource
/// address in configuration form (`module.m.aws_x.y`), as resource addresses.
fn configuration_references(plan: &Value) -> HashMap<String, BTreeMap<String, Vec<String>>> {
    let mut out = HashMap::new();
    if let Some(root) = plan.pointer("/configuration/root_module") {
        config_module(root, "", &mut out);
    }
    out
}

fn config_module(module: &Value, prefix: &str, out: &mut HashMap<String, BTreeMap<String, Vec<String>>>) {
    for resource in module.get("resources").and_then(Value::as_array).into_iter().flatten() {
        let mut by_attr = BTreeMap::new();
        for (attr, expr) in resource.get("expressions").and_then(Value::as_object).into_iter().flatten() {
            let refs: Vec<String> = expr
                .get("references")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .filter_map(resource_of_reference)
                .fold(Vec::new(), |mut acc, a| {
                    if !acc.contains(&a) {
                        acc.push(a);
                    }
                    acc
                });
            if !refs.is_empty() {
                by_attr.insert(attr.clone(), refs);
            }
        }
        out.insert(format!("{prefix}{}", r_address(resource)), by_attr);
    }
    for (name, call) in module.get("module_calls").and_then(Value::as_object).into_iter().flatten() {
        if let Some(child) = call.get("module") {
            config_module(child, &format!("{prefix}module.{name}."), out);
        }
    }
}

/// `aws_s3_bucket.b.id` and `aws_s3_bucket.b` refer to `aws_s3_bucket.b`; `var.x` to no resource.
fn resource_of_reference(reference: &str) -> Option<String> {
    let parts: Vec<&str> = reference.split('.').collect();
    match parts.as_slice() {
        ["var" | "local" | "each" | "count" | "path" | "self" | "terraform", ..] => None,
        ["module", name, ..] => Some(format!("module.{}", strip_index(name))),
        ["data", ty, name, ..] => Some(format!("data.{ty}.{}", strip_index(name))),
        [ty, name, ..] => Some(format!("{ty}.{}", strip_index(name))),
        _ => None,
    }
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
    let values = resource.get("values").cloned().unwrap_or_else(|| Value::Object(Default::default()));
    let location = Location { line, column, end_line: line };
    Resource {
        unknown: unknown.cloned().unwrap_or_default(),
        ..Resource::from_values(kind, address, resource_type, values, file, dir, location)
    }
}

/// Attribute paths a plan marks as known only after apply (`after_unknown`, at any depth:
/// `ingress[0].id`).
fn unknown_by_address(plan: &Value) -> HashMap<&str, Vec<String>> {
    let mut unknown = HashMap::new();
    for change in plan.get("resource_changes").and_then(Value::as_array).into_iter().flatten() {
        let Some(after) = change.pointer("/change/after_unknown") else {
            continue;
        };
        let mut paths = Vec::new();
        unknown_paths(after, "", &mut paths);
        if !paths.is_empty() {
            unknown.insert(r_address(change), paths);
        }
    }
    unknown
}

fn unknown_paths(value: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::Bool(true) if !path.is_empty() => out.push(path.to_owned()),
        Value::Object(map) => {
            for (key, v) in map {
                unknown_paths(v, &crate::model::resource::child_path(path, key), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                unknown_paths(v, &crate::model::resource::index_path(path, i), out);
            }
        }
        _ => {}
    }
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

    #[test]
    fn nested_unknowns_and_configuration_references() {
        let text = r#"{"planned_values":{"root_module":{"child_modules":[{"resources":[
{"address":"module.s[0].aws_s3_bucket_public_access_block.p[1]","type":"aws_s3_bucket_public_access_block","values":{}}]}]}},
"resource_changes":[{"address":"module.s[0].aws_s3_bucket_public_access_block.p[1]","change":{"after_unknown":{"bucket":true,"rule":[{"id":true}]}}}],
"configuration":{"root_module":{"module_calls":{"s":{"module":{"resources":[{"address":"aws_s3_bucket_public_access_block.p",
"expressions":{"bucket":{"references":["aws_s3_bucket.b.id","aws_s3_bucket.b","var.x"]}}}]}}}}}}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        let resources = normalize("plan.json", ".", text, &value);
        assert_eq!(resources[0].unknown, vec!["bucket", "rule[0].id"]);
        assert_eq!(resources[0].references["bucket"], vec!["module.s[0].aws_s3_bucket.b"]);
    }
}
