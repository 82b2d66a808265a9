//! `import` for unmanaged live resources: a Terraform 1.5+ `import {}` block and a resource block with
//! the live attributes (less what the provider computes), appended to one file of the repository.

use std::collections::BTreeSet;

use super::drift_fix::{DriftFix, FixKind};
use super::hcl_render::{body, string};
use super::{FixStatus, TextEdit};
use crate::drift::DriftReport;
use crate::model::resource::{Kind, Resource};

/// Top-level attributes a provider computes: never written into configuration.
const COMPUTED: &[&str] = &[
    "id",
    "arn",
    "tags_all",
    "owner_id",
    "unique_id",
    "create_date",
    "creation_date",
    "created_at",
    "created_time",
    "last_modified",
    "etag",
    "self_link",
    "timeouts",
    "creation_timestamp",
];

/// A Terraform resource name from a live name: letters, digits, `_` and `-`, starting with a letter.
fn resource_name(raw: &str) -> String {
    let mut name: String =
        raw.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' }).collect();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        name.insert_str(0, "r_");
    }
    name
}

/// The name the new resource block takes: the state's own, else one made from the live name.
fn name_of(resource: &Resource) -> String {
    let after_type = resource.address.rsplit_once(&format!("{}.", resource.resource_type)).map(|(_, n)| n);
    let name = after_type.unwrap_or(&resource.address);
    let name = name.split_once('[').map_or(name, |(n, _)| n);
    resource_name(name).replace('-', "_")
}

fn is_terraform_type(resource: &Resource) -> bool {
    matches!(resource.kind, Kind::TerraformState | Kind::Snapshot)
        && resource.resource_type.contains('_')
        && resource.resource_type.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// One import fix per unmanaged live resource, appended to `file` (whose text is `existing`).
pub fn import(
    report: &DriftReport,
    live: &[Resource],
    taken: &BTreeSet<String>,
    file: &str,
    existing: Option<&str>,
) -> Vec<DriftFix> {
    let mut names = taken.clone();
    let end = existing.map_or(0, str::len);
    let mut fixes = Vec::new();
    for entry in &report.unmanaged {
        let Some(resource) = live
            .iter()
            .find(|r| r.address == entry.address && r.file == entry.snapshot && r.location.line == entry.snapshot_line)
        else {
            continue;
        };
        let target = format!("unmanaged {} {}", entry.resource_type, entry.id.as_deref().unwrap_or(&entry.address));
        let mut fix = DriftFix {
            kind: FixKind::Import,
            address: entry.address.clone(),
            resource_type: entry.resource_type.clone(),
            attributes: Vec::new(),
            file: file.to_owned(),
            status: FixStatus::Unverified,
            reason: None,
            edits: Vec::new(),
            targets: vec![target],
        };
        let (Some(id), true) = (&entry.id, is_terraform_type(resource)) else {
            fix.status = FixStatus::Declined;
            fix.reason = Some(if entry.id.is_none() {
                "the snapshot has no id to import by".into()
            } else {
                format!("import writes Terraform; `{}` is not a Terraform resource type", entry.resource_type)
            });
            fixes.push(fix);
            continue;
        };
        let base = name_of(resource);
        let mut name = base.clone();
        let mut n = 2;
        while !names.insert(format!("{}.{name}", resource.resource_type)) {
            name = format!("{base}_{n}");
            n += 1;
        }
        let address = format!("{}.{name}", resource.resource_type);
        let values = resource.values.as_object().cloned().unwrap_or_default();
        let attributes = body(&values, "  ", &|k| COMPUTED.contains(&k));
        let attributes = attributes.strip_prefix('\n').unwrap_or(&attributes);
        let first = !fixes.iter().any(|f: &DriftFix| !f.edits.is_empty());
        let lead = match existing {
            _ if !first => "\n",
            None | Some("") => "",
            Some(text) if text.ends_with("\n\n") => "",
            Some(text) if text.ends_with('\n') => "\n",
            Some(_) => "\n\n",
        };
        let text = format!(
            "{lead}import {{\n  to = {address}\n  id = {}\n}}\n\nresource {} {} {{\n{attributes}}}\n",
            string(id),
            string(&resource.resource_type),
            string(&name)
        );
        // Every import inserts at the end: zero-width edits at one place apply in their order.
        fix.edits.push(TextEdit { file: file.to_owned(), range: end..end, text });
        fixes.push(fix);
    }
    fixes
}
