//! A cache entry: what one file normalized to and what the per-resource rules found in it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::model::resource::{InlineIgnore, Kind, Location, ModuleCallSite, Resource};
use crate::report::model::ReportError;

/// What became of a file, as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum CachedResult {
    Resources,
    Skipped(String),
    Error(ReportError),
}

/// A per-resource rule result, by rule id and the resource's index within the file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedFinding {
    pub rule_file: String,
    pub resource: usize,
    pub message: String,
    pub attribute: Option<String>,
    pub is_warning: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<crate::model::severity::Severity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<serde_json::Value>,
}

/// What a run needs of a cached resource that no project rule reads: enough to count it and to place
/// its cached findings (the attribute locations those findings name), without its values.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ResourceHead {
    pub resource_type: String,
    pub unknown: usize,
    /// Only for resources with cached findings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<HeadDetail>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HeadDetail {
    pub address: String,
    pub kind: Kind,
    pub provider: String,
    pub identity: String,
    pub location: Location,
    pub attributes: BTreeMap<String, Location>,
    pub inline_ignores: Vec<InlineIgnore>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub module_calls: Vec<ModuleCallSite>,
    /// Where the named attributes' values were written, when elsewhere (a values file, a patch).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub origins: BTreeMap<String, crate::model::resource::Origin>,
}

impl HeadDetail {
    /// What placing findings on `resource` takes: its identity, location and the locations of the
    /// `attributes` they name.
    pub fn of<'a>(resource: &Resource, attributes: impl Iterator<Item = &'a str>) -> HeadDetail {
        let attributes: Vec<&str> = attributes.collect();
        // The empty path: where a resource of a fetched module is changed as a whole (its module call).
        let origins = attributes
            .iter()
            .filter_map(|a| resource.origin(Some(a)).map(|o| ((*a).to_owned(), o.clone())))
            .chain(resource.origin(None).map(|o| (String::new(), o.clone())))
            .collect();
        HeadDetail {
            address: resource.address.clone(),
            kind: resource.kind,
            provider: resource.provider.clone(),
            identity: resource.identity.clone(),
            location: resource.location.clone(),
            attributes: attributes.iter().map(|a| ((*a).to_owned(), resource.locate(Some(a)).clone())).collect(),
            inline_ignores: resource.inline_ignores.clone(),
            module_calls: resource.module_calls.clone(),
            origins,
        }
    }

    /// Gives a resource rebuilt from its head (no identity) this detail, and adds its attribute locations.
    pub fn apply(&self, resource: &mut Resource) {
        if resource.identity.is_empty() {
            resource.address = self.address.clone();
            resource.kind = self.kind;
            resource.provider = self.provider.clone();
            resource.identity = self.identity.clone();
            resource.location = self.location.clone();
            resource.inline_ignores = self.inline_ignores.clone();
            resource.module_calls = self.module_calls.clone();
        }
        for (attribute, location) in &self.attributes {
            resource.attributes.entry(attribute.clone()).or_insert_with(|| location.clone());
        }
        for (attribute, origin) in &self.origins {
            resource.origins.entry(attribute.clone()).or_insert_with(|| origin.clone());
        }
    }
}

/// One file's stored results. The resources live in a second file, read only when a project rule reads
/// one of their types: a warm run reads little more than the heads.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileEntry {
    pub key: String,
    pub result: CachedResult,
    pub heads: Vec<ResourceHead>,
    pub findings: Vec<CachedFinding>,
    #[serde(skip)]
    pub resources: Vec<Box<RawValue>>,
}

impl FileEntry {
    /// `keep_resources`: store the resource bodies too (only a project rule ever reads them).
    pub fn new(
        key: String,
        result: CachedResult,
        resources: &[Resource],
        findings: Vec<CachedFinding>,
        keep_resources: bool,
    ) -> FileEntry {
        let heads = resources
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let mut own = findings.iter().filter(|f| f.resource == i).peekable();
                let detail =
                    own.peek().is_some().then(|| HeadDetail::of(r, own.filter_map(|f| f.attribute.as_deref())));
                ResourceHead { resource_type: r.resource_type.clone(), unknown: r.unknown.len(), detail }
            })
            .collect();
        let resources = if keep_resources {
            resources.iter().filter_map(|r| serde_json::value::to_raw_value(r).ok()).collect()
        } else {
            Vec::new()
        };
        FileEntry { key, result, heads, findings, resources }
    }

    /// Resource `index` in full (when loaded and asked for), else rebuilt from its head without values.
    pub fn resource(&self, index: usize, full: bool, file: &str) -> Resource {
        let parsed =
            full.then(|| self.resources.get(index)).flatten().and_then(|raw| serde_json::from_str(raw.get()).ok());
        parsed.unwrap_or_else(|| {
            let head = &self.heads[index];
            let mut resource = Resource {
                address: String::new(),
                resource_type: head.resource_type.clone(),
                kind: Kind::Terraform,
                provider: String::new(),
                values: serde_json::Value::Null,
                unknown: vec![String::new(); head.unknown],
                references: BTreeMap::new(),
                file: file.to_owned(),
                location: Location { line: 1, column: 1, end_line: 1 },
                attributes: BTreeMap::new(),
                identity: String::new(),
                inline_ignores: Vec::new(),
                module_calls: Vec::new(),
                drift: None,
                cost: None,
                origins: Default::default(),
            };
            if let Some(detail) = &head.detail {
                detail.apply(&mut resource);
            }
            resource
        })
    }
}
