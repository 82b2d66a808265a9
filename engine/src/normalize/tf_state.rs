//! Terraform state to resources: `terraform show -json` state output and raw `.tfstate` version 4.

use serde_json::Value;

use super::FileError;
use super::json_locate::string_values_of_key;
use super::tf_plan::to_resource;
use crate::model::resource::{Kind, Location, Resource};
use crate::model::text::LineIndex;

pub fn is_state(value: &Value) -> bool {
    value.pointer("/values/root_module").is_some()
        || (value.get("version").is_some_and(Value::is_u64) && value.get("terraform_version").is_some())
}

/// The state's resources; `state` is consumed so attribute values move into the resources instead of
/// being copied (a large state is held once, not twice).
pub fn normalize(file: &str, dir: &str, text: &str, mut state: Value) -> Result<Vec<Resource>, FileError> {
    let index = LineIndex::new(text);
    if let Some(root) = state.pointer_mut("/values/root_module") {
        let lines = string_values_of_key(text, "address", &index);
        let mut resources = Vec::new();
        collect_module_mut(root, &mut |r| {
            let values = r.get_mut("values").map(Value::take);
            let mut resource = to_resource(r, Kind::TerraformState, file, dir, &lines, None);
            resource.values = values.unwrap_or_else(|| Value::Object(Default::default()));
            resources.push(resource);
        });
        return Ok(resources);
    }
    match state.get("version").and_then(Value::as_u64) {
        Some(4) => Ok(raw_v4(file, dir, text, &mut state, &index)),
        Some(version) => Err(FileError {
            message: format!("unsupported Terraform state format version {version} (tollgate reads version 4)"),
            line: 1,
            column: 1,
        }),
        None => Err(FileError { message: "not a Terraform state file".into(), line: 1, column: 1 }),
    }
}

/// Every resource of a module of a `terraform show -json` state, children included, mutably.
fn collect_module_mut(module: &mut Value, visit: &mut dyn FnMut(&mut Value)) {
    for resource in module.get_mut("resources").and_then(Value::as_array_mut).into_iter().flatten() {
        visit(resource);
    }
    for child in module.get_mut("child_modules").and_then(Value::as_array_mut).into_iter().flatten() {
        collect_module_mut(child, visit);
    }
}

fn raw_v4(file: &str, dir: &str, text: &str, state: &mut Value, index: &LineIndex) -> Vec<Resource> {
    let names = string_values_of_key(text, "name", index);
    let mut resources = Vec::new();
    for resource in state.get_mut("resources").and_then(Value::as_array_mut).into_iter().flatten() {
        let resource_type = resource.get("type").and_then(Value::as_str).unwrap_or_default();
        let name = resource.get("name").and_then(Value::as_str).unwrap_or_default();
        let data = if resource.get("mode").and_then(Value::as_str) == Some("data") { "data." } else { "" };
        let module = resource.get("module").and_then(Value::as_str).map(|m| format!("{m}.")).unwrap_or_default();
        let (line, column) = names.get(name).copied().unwrap_or((1, 1));
        let (resource_type, name) = (resource_type.to_owned(), name.to_owned());
        for instance in resource.get_mut("instances").and_then(Value::as_array_mut).into_iter().flatten() {
            let key = match instance.get("index_key") {
                Some(Value::Number(n)) => format!("[{n}]"),
                Some(Value::String(s)) => format!("[{s:?}]"),
                _ => String::new(),
            };
            let address = format!("{module}{data}{resource_type}.{name}{key}");
            let values =
                instance.get_mut("attributes").map(Value::take).unwrap_or_else(|| Value::Object(Default::default()));
            let location = Location { line, column, end_line: line };
            let kind = Kind::TerraformState;
            resources.push(Resource::from_values(kind, address, resource_type.clone(), values, file, dir, location));
        }
    }
    resources
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_v4_instances_get_addresses() {
        let text = r#"{"version":4,"terraform_version":"1.3.7","resources":[{"mode":"managed","type":"aws_s3_bucket","name":"b","module":"module.x","instances":[{"index_key":"eu","attributes":{"acl":"private"}}]}]}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        assert!(is_state(&value));
        let resources = normalize("terraform.tfstate", ".", text, value).unwrap();
        assert_eq!(resources[0].address, "module.x.aws_s3_bucket.b[\"eu\"]");
        assert_eq!(resources[0].values["acl"], "private");
    }

    #[test]
    fn old_versions_are_reported() {
        let value: Value = serde_json::from_str(r#"{"version":3,"terraform_version":"0.11.0","modules":[]}"#).unwrap();
        assert!(normalize("old.tfstate", ".", "", value).unwrap_err().message.contains("version 3"));
    }
}
