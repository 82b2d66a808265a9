//! Live snapshots, told by content: Terraform state (`terraform show -json` or raw `.tfstate` v4), a
//! refresh-only plan (its `prior_state` is the refreshed, live state), Kubernetes objects as `kubectl
//! get -o json|yaml` prints them (lists or single objects), AWS Config configuration items and Cloud Asset
//! Inventory exports (`jsonl`), and tollgate's own snapshot format (`schemas/snapshot.schema.json`) for
//! anything else.

use serde::Deserialize;
use serde_json::Value;

use crate::load::{Format, dir_of};
use crate::model::resource::{Kind, Location, Resource};
use crate::model::text::LineIndex;
use crate::normalize::json_locate::string_values_of_key;
use crate::normalize::{self, FileError, Normalized, parse_json, tf_plan, tf_state};

/// The key that marks tollgate's own snapshot format, and its version.
pub const SNAPSHOT_KEY: &str = "tollgate_snapshot";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OwnSnapshot {
    #[serde(rename = "tollgate_snapshot")]
    _version: u32,
    resources: Vec<OwnResource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OwnResource {
    #[serde(rename = "type")]
    resource_type: String,
    id: String,
    #[serde(default)]
    address: Option<String>,
    #[serde(default)]
    provider: Option<String>,
    #[serde(default)]
    attributes: serde_json::Map<String, Value>,
}

fn error(message: impl Into<String>) -> FileError {
    FileError { message: message.into(), line: 1, column: 1 }
}

/// The live resources of one snapshot file (`file` as displayed, `text` its content).
pub fn load(file: &str, text: &str) -> Result<Vec<Resource>, FileError> {
    load_with_drift(file, text).map(|(resources, _)| resources)
}

/// `load`, and for a refresh-only plan that carries `resource_drift`, the addresses Terraform itself
/// found changed outside Terraform (managed resources only).
pub fn load_with_drift(file: &str, text: &str) -> Result<(Vec<Resource>, Option<Vec<String>>), FileError> {
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(error("empty snapshot"));
    }
    let dir = dir_of(file);
    if !trimmed.starts_with(['{', '[']) {
        return match normalize::normalize(Format::Yaml, file, dir, text)? {
            Normalized::Resources { resources } if !resources.is_empty() => Ok((resources, None)),
            _ => Err(error(UNKNOWN)),
        };
    }
    if super::jsonl::is_json_lines(text) {
        return super::jsonl::load(file, text.as_bytes()).map(|resources| (resources, None));
    }
    let mut value = parse_json(text)?;
    if let Some(items) = value.get("configurationItems").and_then(Value::as_array) {
        let index = LineIndex::new(text);
        let ids = string_values_of_key(text, "resourceId", &index);
        let line =
            |item: &Value| item.get("resourceId").and_then(Value::as_str).and_then(|id| ids.get(id)).map_or(1, |p| p.0);
        return Ok((items.iter().map(|item| super::jsonl::config_item(item, file, line(item))).collect(), None));
    }
    if value.get(SNAPSHOT_KEY).is_some() {
        return own(file, text, value).map(|resources| (resources, None));
    }
    if tf_plan::is_plan(&value) {
        let listed = value.get("resource_drift").and_then(Value::as_array).map(|entries| {
            entries
                .iter()
                .filter(|e| e.get("mode").and_then(Value::as_str) != Some("data"))
                .filter_map(|e| e.get("address").and_then(Value::as_str).map(str::to_owned))
                .collect()
        });
        let Some(prior) = value.get_mut("prior_state").map(Value::take) else {
            return Err(error(
                "a plan without `prior_state` holds no live values: use a refresh-only plan (`terraform plan -refresh-only -out p && terraform show -json p`)",
            ));
        };
        // Locate resources in `prior_state`, not at the first mention of their address (planned values).
        let masked = mask_before(text, "\"prior_state\"");
        return tf_state::normalize(file, dir, &masked, prior).map(|resources| (resources, listed));
    }
    if tf_state::is_state(&value) {
        return tf_state::normalize(file, dir, text, value).map(|resources| (resources, None));
    }
    match normalize::normalize(Format::Json, file, dir, text)? {
        Normalized::Resources { resources } => Ok((resources, None)),
        _ => Err(error(UNKNOWN)),
    }
}

const UNKNOWN: &str = "not a known snapshot format (Terraform state, refresh-only plan, Kubernetes objects as `kubectl get -o json`, AWS Config configuration items, Cloud Asset Inventory JSON lines, or a tollgate snapshot)";

fn own(file: &str, text: &str, value: Value) -> Result<Vec<Resource>, FileError> {
    let snapshot: OwnSnapshot = serde_json::from_value(value).map_err(|e| error(format!("tollgate snapshot: {e}")))?;
    let index = LineIndex::new(text);
    let ids = string_values_of_key(text, "id", &index);
    Ok(snapshot
        .resources
        .into_iter()
        .map(|r| {
            let (line, column) = ids.get(&r.id).copied().unwrap_or((1, 1));
            let mut values = r.attributes;
            values.entry("id").or_insert_with(|| Value::String(r.id.clone()));
            let values = Value::Object(values);
            let (kind, address) = match r.address {
                Some(address) => (Kind::TerraformState, address),
                None => {
                    let name = super::identity::display_name(&r.resource_type, &values, &r.id);
                    (Kind::Snapshot, format!("{}.{name}", r.resource_type))
                }
            };
            let location = Location { line, column, end_line: line };
            let resource = Resource::from_values(kind, address, r.resource_type, values, file, dir_of(file), location);
            match r.provider {
                Some(provider) => Resource { provider, ..resource },
                None => resource,
            }
        })
        .collect())
}

/// The text with everything before `marker` blanked (newlines kept, so lines and columns stay right).
fn mask_before(text: &str, marker: &str) -> String {
    let Some(at) = text.find(marker) else { return text.to_owned() };
    let head: String = text[..at].chars().map(|c| if c == '\n' { '\n' } else { ' ' }).collect();
    head + &text[at..]
}
