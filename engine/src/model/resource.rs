//! The one resource model every format normalizes into, and what a Rego rule sees of it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::drift_state::DriftState;
use crate::model::text::Position;

/// Which kind of input a resource came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Terraform,
    TerraformPlan,
    TerraformState,
    Kubernetes,
    Cloudformation,
    /// A live resource from a tollgate snapshot file without a Terraform address (`tollgate drift`).
    Snapshot,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Terraform => "terraform",
            Kind::TerraformPlan => "terraform_plan",
            Kind::TerraformState => "terraform_state",
            Kind::Kubernetes => "kubernetes",
            Kind::Cloudformation => "cloudformation",
            Kind::Snapshot => "snapshot",
        }
    }
}

/// Where a resource (or one of its attributes) is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
}

impl Location {
    pub fn at(position: Position, end_line: usize) -> Self {
        Location { line: position.line, column: position.column, end_line: end_line.max(position.line) }
    }
}

/// A resource of any format, normalized.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Resource {
    /// Terraform address (`aws_s3_bucket.logs`), `Kind/namespace/name` for Kubernetes, the logical id for CloudFormation.
    pub address: String,
    /// Terraform type, Kubernetes `kind`, CloudFormation `Type`.
    pub resource_type: String,
    pub kind: Kind,
    /// `aws`, `azurerm`, `google`, `kubernetes`, ...
    pub provider: String,
    /// Attribute values; nested blocks are arrays of objects, as in Terraform's JSON plan.
    pub values: Value,
    /// Attribute paths whose values are not known without evaluation (references, function calls).
    pub unknown: Vec<String>,
    /// Attribute path to the resource addresses its expression refers to (Terraform).
    pub references: BTreeMap<String, Vec<String>>,
    /// File (as scanned, `/`-separated) and the resource's lines.
    pub file: String,
    pub location: Location,
    /// Attribute path (`ingress[0].cidr_blocks`) to its location.
    pub attributes: BTreeMap<String, Location>,
    /// Identity used for fingerprints: stable across line moves and files of the same module.
    pub identity: String,
    /// Rule ids suppressed inline for this resource, with their reasons.
    pub inline_ignores: Vec<InlineIgnore>,
    /// For a resource inside a Terraform module: the `module` blocks from the root down to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub module_calls: Vec<ModuleCallSite>,
    /// Against live snapshots (`check --live`, `drift`): the drift state and live values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drift: Option<Box<DriftState>>,
    /// The monthly cost estimate rules see as `input.cost` (`monthly`, `region`, `components`, or
    /// `unpriced` with the reason); absent for types that cost nothing by themselves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Box<Value>>,
    /// For a rendered resource: attributes whose value was written elsewhere than the rendered file
    /// (a Helm values file, a Kustomize patch), by attribute path. Findings point there, with the
    /// rendered file's line as a related location.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub origins: BTreeMap<String, Origin>,
}

/// Where an attribute's value was written, when that is not the resource's file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub file: String,
    pub line: usize,
    /// What the file is to the resource (`values file`, `patch`).
    pub role: String,
}

/// A `module` block that a resource's module instance was called from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleCallSite {
    /// The module instance's address (`module.network[0]`).
    pub address: String,
    pub file: String,
    pub line: usize,
}

/// A `# tollgate:ignore=<rule-id> <reason>` comment or Kubernetes annotation on a resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InlineIgnore {
    pub rule: String,
    pub reason: String,
    pub line: usize,
}

impl Resource {
    /// A resource known only by its values (Terraform state and plans, live snapshots): no attribute
    /// positions, references or unknowns; identity from its directory and address, provider from its type.
    pub fn from_values(
        kind: Kind,
        address: String,
        resource_type: String,
        values: Value,
        file: &str,
        dir: &str,
        location: Location,
    ) -> Resource {
        Resource {
            identity: format!("{dir}::{address}"),
            address,
            provider: crate::normalize::terraform::provider_of(&resource_type),
            resource_type,
            kind,
            values,
            unknown: Vec::new(),
            references: BTreeMap::new(),
            file: file.to_owned(),
            location,
            attributes: BTreeMap::new(),
            inline_ignores: Vec::new(),
            module_calls: Vec::new(),
            drift: None,
            cost: None,
            origins: Default::default(),
        }
    }

    /// The document a per-resource rule receives as `input`.
    pub fn to_input(&self) -> Value {
        let mut input = json!({
            "address": self.address,
            "type": self.resource_type,
            "kind": self.kind.as_str(),
            "provider": self.provider,
            "values": self.values,
            "unknown": self.unknown,
            "references": self.references,
            "source": {"file": self.file, "line": self.location.line, "end_line": self.location.end_line},
            "module_calls": self.module_calls,
        });
        if let Some(cost) = &self.cost {
            input["cost"] = (**cost).clone();
        }
        if let Some(state) = &self.drift {
            let live = if state.is_live_entry { Some(&self.values) } else { state.live.as_ref() };
            input["drift"] = state.to_input();
            input["live"] = live.cloned().unwrap_or(Value::Null);
        }
        input
    }

    /// A Terraform data source (`data.aws_iam_policy_document.p`, `module.m.data.x.y`): read, not created.
    pub fn is_data_source(&self) -> bool {
        matches!(self.kind, Kind::Terraform | Kind::TerraformPlan | Kind::TerraformState)
            && without_modules(&self.address).starts_with("data.")
    }

    /// A Terraform `provider` block or `variable` default: judged by the rules that name its type,
    /// but it creates nothing (no cost, no drift, not counted as a resource).
    pub fn is_setting(&self) -> bool {
        self.kind == Kind::Terraform && matches!(self.resource_type.as_str(), "provider" | "variable")
    }

    /// Whether the resource is created by the code: not a data source, not a provider or variable.
    pub fn is_created(&self) -> bool {
        !self.is_data_source() && !self.is_setting()
    }

    /// Where an attribute's value was written when not in the resource's file (its own path's, else its
    /// closest parent's, else the whole resource's: the empty path, a fetched module's calling block).
    pub fn origin(&self, attribute: Option<&str>) -> Option<&Origin> {
        let mut path = attribute.unwrap_or_default();
        loop {
            if let Some(origin) = self.origins.get(path) {
                return Some(origin);
            }
            match path.rfind(['.', '[']) {
                Some(cut) if cut > 0 => path = &path[..cut],
                _ if path.is_empty() => return None,
                _ => path = "",
            }
        }
    }

    /// The location of an attribute path, falling back to its closest known parent, then to the resource.
    pub fn locate(&self, attribute: Option<&str>) -> &Location {
        let Some(mut path) = attribute else {
            return &self.location;
        };
        loop {
            if let Some(loc) = self.attributes.get(path) {
                return loc;
            }
            match path.rfind(['.', '[']) {
                Some(cut) if cut > 0 => path = &path[..cut],
                _ => return &self.location,
            }
        }
    }
}

/// Appends a path segment: `a` + `b` = `a.b`, `a` + index 0 = `a[0]`.
pub fn child_path(parent: &str, key: &str) -> String {
    if parent.is_empty() { key.to_owned() } else { format!("{parent}.{key}") }
}

pub fn index_path(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// Whether attribute path `inner` is `outer` or lies inside it (`tags.env` in `tags`, `a[0].b` in `a`).
pub fn path_within(inner: &str, outer: &str) -> bool {
    inner.strip_prefix(outer).is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

/// Whether two attribute paths are the same, or one lies inside the other.
pub fn paths_overlap(a: &str, b: &str) -> bool {
    path_within(a, b) || path_within(b, a)
}

/// Converts a JSON pointer (`/spec/containers/0/image`) to an attribute path (`spec.containers[0].image`).
pub fn pointer_to_path(pointer: &str) -> String {
    let mut path = String::new();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit()) {
            path.push_str(&format!("[{segment}]"));
        } else {
            path = child_path(&path, &segment);
        }
    }
    path
}

/// Converts an attribute path (`spec.containers[0].image`) to a JSON pointer (`/spec/containers/0/image`).
pub fn path_to_pointer(path: &str) -> String {
    let mut pointer = String::new();
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (key, indexes) = segment.split_once('[').map_or((segment, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            pointer.push('/');
            pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
        }
        for index in indexes.split(['[', ']']).filter(|s| !s.is_empty()) {
            pointer.push('/');
            pointer.push_str(index);
        }
    }
    pointer
}

/// The resource part of a Terraform address, after its module path: `data.aws_ami.x` of
/// `module.data["a.b"].module.net.data.aws_ami.x` (a module may be named `data`; keys may hold dots).
fn without_modules(address: &str) -> &str {
    let mut rest = address;
    while let Some(after) = rest.strip_prefix("module.") {
        let (mut depth, mut quoted, mut escaped) = (0usize, false, false);
        let mut end = None;
        for (i, c) in after.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' if quoted => escaped = true,
                '"' => quoted = !quoted,
                '[' if !quoted => depth += 1,
                ']' if !quoted => depth = depth.saturating_sub(1),
                '.' if !quoted && depth == 0 => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let Some(end) = end else { return "" };
        rest = &after[end + 1..];
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_named_data_holds_resources_not_data_sources() {
        assert_eq!(without_modules("module.data.aws_s3_bucket.this"), "aws_s3_bucket.this");
        assert_eq!(without_modules("module.x[\"a.b\"].module.data[0].data.aws_ami.x"), "data.aws_ami.x");
        assert_eq!(without_modules("data.aws_ami.x"), "data.aws_ami.x");
        assert_eq!(without_modules("aws_s3_bucket.data"), "aws_s3_bucket.data");
    }

    #[test]
    fn paths_become_pointers() {
        for pointer in ["/spec/containers/0/image", "", "/a~1b", "/m/0/1"] {
            assert_eq!(path_to_pointer(&pointer_to_path(pointer)), pointer);
        }
    }

    #[test]
    fn pointers_become_paths() {
        assert_eq!(pointer_to_path("/spec/containers/0/image"), "spec.containers[0].image");
        assert_eq!(pointer_to_path(""), "");
        assert_eq!(pointer_to_path("/a~1b"), "a/b");
    }
}
