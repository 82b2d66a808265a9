//! Fixes declared by rules: a rule result may carry `"fix"` as data (set attributes by path, remove
//! attributes, add a resource that references this one), with a risk. This turns one into exact edits
//! of the resource's Terraform block.

use crate::normalize::terraform::parse::parse_lenient;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::hcl_locate::find_resource;
use super::hcl_render::block;
use super::hcl_set::{path, remove_in_block, set_in_block};
use super::{FixStatus, TextEdit};
use crate::model::resource::{Kind, Resource};

/// How likely a fix is to disturb what runs (a replacement, lost access): low ones can be opened as
/// pull requests automatically, the rest are suggestions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Risk {
    Low,
    #[default]
    Medium,
    High,
}

impl std::str::FromStr for Risk {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "low" => Ok(Risk::Low),
            "medium" => Ok(Risk::Medium),
            "high" => Ok(Risk::High),
            other => Err(format!("unknown risk `{other}` (low, medium, high)")),
        }
    }
}

/// A resource a fix adds beside the one it fixes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewResource {
    #[serde(rename = "type")]
    pub resource_type: String,
    pub name: String,
    #[serde(default)]
    pub values: Map<String, Value>,
}

/// What a rule result's `fix` holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct FixSpec {
    /// Attribute path (`metadata_options[0].http_tokens`) to its new value; blocks a path needs are added.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub set: Map<String, Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_resource: Option<NewResource>,
    /// Over the rule's `fix_risk`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<Risk>,
    /// The fix may raise the monthly cost (for example enabling backups); otherwise a fix that does
    /// is dropped by verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_may_rise: Option<bool>,
}

impl FixSpec {
    pub fn parse(value: &Value) -> Result<FixSpec, String> {
        let spec: FixSpec = serde_json::from_value(value.clone()).map_err(|e| format!("invalid `fix`: {e}"))?;
        if spec.set.is_empty() && spec.remove.is_empty() && spec.add_resource.is_none() {
            return Err("invalid `fix`: it sets, removes and adds nothing".into());
        }
        Ok(spec)
    }
}

/// The name of a resource's block: its address without module path, type and instance key.
fn block_name(resource: &Resource) -> &str {
    let address = resource.address.as_str();
    let address = if address.ends_with(']') { address.rfind('[').map_or(address, |i| &address[..i]) } else { address };
    let marker = format!("{}.", resource.resource_type);
    address.rfind(&marker).map_or(address, |i| &address[i + marker.len()..])
}

/// The edits that apply `spec` to `resource`, whose file holds `source`.
pub fn edits(resource: &Resource, spec: &FixSpec, source: &str) -> Result<Vec<TextEdit>, String> {
    if matches!(resource.kind, Kind::TerraformPlan | Kind::TerraformState) {
        return Err(format!(
            "found in {} (a plan or state, not source): fix the configuration that produced it",
            resource.file
        ));
    }
    if resource.kind == Kind::Kubernetes {
        if spec.add_resource.is_some() || !spec.remove.is_empty() {
            return Err("Kubernetes fixes set values only; change the manifest by hand".into());
        }
        let sets: Vec<(String, Value)> = spec.set.iter().map(|(p, v)| (p.clone(), v.clone())).collect();
        return super::yaml_set::set_all(resource, source, &sets, setter(resource), |text| {
            if text == source { Ok(resource.clone()) } else { super::yaml_set::kubernetes_resource(resource, text) }
        });
    }
    if resource.kind == Kind::Cloudformation {
        if spec.add_resource.is_some() || !spec.remove.is_empty() {
            return Err("CloudFormation fixes set properties only; change the template by hand".into());
        }
        let sets: Vec<(String, Value)> = spec.set.iter().map(|(p, v)| (format!("Properties.{p}"), v.clone())).collect();
        return super::yaml_set::set_all(resource, source, &sets, setter(resource), |text| {
            super::yaml_set::cloudformation_resource(resource, text)
        });
    }
    if resource.kind != Kind::Terraform || !resource.file.ends_with(".tf") {
        return Err(format!(
            "fixes are written to Terraform (.tf) files, Kubernetes manifests and CloudFormation templates for now; change {} by hand",
            resource.file
        ));
    }
    if resource.file.contains(".terraform/modules/") {
        let call = resource.module_calls.last().map(|c| format!(" (`{}` at {}:{})", c.address, c.file, c.line));
        return Err(format!("inside a registry module{}: set the module's inputs instead", call.unwrap_or_default()));
    }
    let file = resource.file.as_str();
    let body = parse_lenient(source).map_err(|e| format!("{file}:{}:{}: {}", e.line, e.column, e.message))?;
    let name = block_name(resource);
    let found = find_resource(&body, &resource.resource_type, name)
        .ok_or_else(|| format!("no `resource \"{}\" \"{name}\"` block in {file}", resource.resource_type))?;
    let mut edits = Vec::new();
    let mut entries = Vec::new();
    for (p, v) in &spec.set {
        // `attribute = var.NAME`: the value is set where the variable gets it.
        let variable = found
            .body
            .get_attribute(p)
            .and_then(|a| hcl::edit::Span::span(&a.value))
            .and_then(|range| super::var_source::variable_name(&source[range]));
        match variable {
            Some(name) => edits.push(super::var_source::edit(resource, name, v)?),
            None => entries.push((path(p), v.clone())),
        }
    }
    set_in_block(source, file, found, entries, &mut edits)?;
    for removed in &spec.remove {
        edits.extend(remove_in_block(source, file, found, &path(removed))?);
    }
    if let Some(new) = &spec.add_resource {
        let taken =
            body.get_blocks("resource").any(|b| b.has_exact_labels(&[new.resource_type.as_str(), new.name.as_str()]));
        if taken {
            return Err(format!("`{}.{}` already exists in {file}", new.resource_type, new.name));
        }
        let end = hcl::edit::Span::span(found).ok_or("no source position")?.end;
        let text = format!("\n\n{}", block("resource", &[&new.resource_type, &new.name], &new.values, ""));
        edits.push(TextEdit { file: file.to_owned(), range: end..end, text: text.trim_end_matches('\n').to_owned() });
    }
    Ok(edits)
}

/// One fix of one or more findings (instances of one block share it).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RuleFix {
    pub rule_id: String,
    pub address: String,
    pub file: String,
    pub line: usize,
    pub risk: Risk,
    pub status: FixStatus,
    pub reason: Option<String>,
    /// What the fix does, as data (`set`, `remove`, `add_resource`).
    pub fix: Option<FixSpec>,
    /// The fingerprints of the findings it answers.
    pub findings: Vec<String>,
    /// What the fix does to its resource's monthly cost, when the resource is priced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_cost_delta: Option<f64>,
    /// The model that proposed the fix, for a rule that declares none (`fix --propose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed_by: Option<String>,
    #[serde(skip)]
    pub edits: Vec<TextEdit>,
}

super::verify::verifiable!(RuleFix, findings);

/// How one value is set in a YAML or JSON resource's file.
fn setter(resource: &Resource) -> super::yaml_set::SetOne {
    if resource.file.ends_with(".json") { super::json_set::set } else { super::yaml_set::set }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::resource::Location;

    #[test]
    fn block_names_drop_modules_and_keys() {
        let r = |address: &str| {
            let location = Location { line: 1, column: 1, end_line: 1 };
            Resource::from_values(
                Kind::Terraform,
                address.into(),
                "aws_s3_bucket".into(),
                Value::Null,
                "m.tf",
                "",
                location,
            )
        };
        assert_eq!(block_name(&r("aws_s3_bucket.logs")), "logs");
        assert_eq!(block_name(&r("module.a.aws_s3_bucket.logs[\"x.y\"]")), "logs");
        assert_eq!(block_name(&r("module.a[0].aws_s3_bucket.logs[2]")), "logs");
    }

    #[test]
    fn specs_must_do_something() {
        assert!(FixSpec::parse(&serde_json::json!({"risk": "low"})).unwrap_err().contains("nothing"));
        assert!(FixSpec::parse(&serde_json::json!({"sett": {}})).is_err());
        assert_eq!(FixSpec::parse(&serde_json::json!({"set": {"acl": "private"}})).unwrap().set["acl"], "private");
    }
}
