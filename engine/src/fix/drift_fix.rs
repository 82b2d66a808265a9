//! Reconciling drift in the code: `codify` sets the declared values to the live ones (a
//! format-preserving edit of the resource block), `import` writes a Terraform 1.5+ `import {}` block and
//! a resource block for an unmanaged resource. Each fix is then verified by `verify`.

use crate::normalize::terraform::parse::parse_lenient;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::hcl_locate::{Segment, Target, find_resource, locate, segments, whole_lines};
use super::hcl_render::{block, expression};
use super::{FixStatus, TextEdit};
use crate::drift::DriftReport;
use crate::model::resource::{Kind, Resource};

/// How a fix reconciles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FixKind {
    Codify,
    Import,
}

/// One proposed reconciliation of one resource.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DriftFix {
    pub kind: FixKind,
    pub address: String,
    #[serde(rename = "type")]
    pub resource_type: String,
    /// For codify: the changed attributes it answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<String>,
    /// The file edited (or, declined, the file that declares the resource).
    pub file: String,
    pub status: FixStatus,
    /// Why a fix was declined or failed verification.
    pub reason: Option<String>,
    #[serde(skip)]
    pub edits: Vec<TextEdit>,
    /// The drift entries the fix answers, as `verify` keys them.
    #[serde(skip)]
    pub targets: Vec<String>,
}

super::verify::verifiable!(DriftFix, targets);

/// The keys of a report's entries, to tell what a fix removed and what it added.
pub fn entry_keys(report: &DriftReport) -> BTreeSet<String> {
    let missing = report.missing.iter().map(|m| format!("missing {}", m.address));
    let unmanaged = report
        .unmanaged
        .iter()
        .map(|u| format!("unmanaged {} {}", u.resource_type, u.id.as_deref().unwrap_or(&u.address)));
    let changed = report.changed.iter().map(|c| format!("changed {} {}", c.address, c.attribute));
    missing.chain(unmanaged).chain(changed).collect()
}

/// The live value at an attribute path.
fn value_at<'a>(values: &'a Value, path: &str) -> Option<&'a Value> {
    segments(path).iter().try_fold(values, |value, segment| match segment {
        Segment::Name(name) => value.get(name.as_str()),
        Segment::Index(i) => value.get(*i),
    })
}

fn declined(kind: FixKind, resource: &Resource, attributes: Vec<String>, reason: String) -> DriftFix {
    DriftFix {
        kind,
        address: resource.address.clone(),
        resource_type: resource.resource_type.clone(),
        attributes,
        file: resource.file.clone(),
        status: FixStatus::Declined,
        reason: Some(reason),
        edits: Vec::new(),
        targets: Vec::new(),
    }
}

/// The edits that make one declared resource's changed attributes read as the live values.
fn codify_edits(
    resource: &Resource,
    live: &Value,
    attributes: &[String],
    source: &str,
) -> Result<Vec<TextEdit>, String> {
    if resource.kind == Kind::Kubernetes {
        // A manifest: each changed scalar takes its live value on its own line.
        return attributes
            .iter()
            .map(|attribute| {
                let value = value_at(live, attribute).cloned().unwrap_or(Value::Null);
                super::yaml_set::set(resource, source, attribute, &value)
            })
            .collect();
    }
    if resource.kind != Kind::Terraform || !resource.file.ends_with(".tf") {
        return Err(format!(
            "codify edits Terraform (.tf) files and Kubernetes manifests; change {} by hand",
            resource.file
        ));
    }
    if let Some(call) = resource.module_calls.last() {
        return Err(format!(
            "declared inside `{}` ({}:{}): change the module's inputs instead",
            call.address, call.file, call.line
        ));
    }
    if resource.address.ends_with(']') {
        return Err("declared with count or for_each: codify would change every instance".into());
    }
    let name = resource.address.strip_prefix(&format!("{}.", resource.resource_type)).unwrap_or(&resource.address);
    let body =
        parse_lenient(source).map_err(|e| format!("{}:{}:{}: {}", resource.file, e.line, e.column, e.message))?;
    let block_of = find_resource(&body, &resource.resource_type, name)
        .ok_or_else(|| format!("no `resource \"{}\" \"{name}\"` block in {}", resource.resource_type, resource.file))?;
    let mut targets: BTreeMap<String, Target> = BTreeMap::new();
    for attribute in attributes {
        let target = locate(source, block_of, attribute)?;
        if let Target::Attribute { not_literal: Some(why), .. } = &target {
            return Err(format!("{why}: the value comes from an expression; change its source"));
        }
        targets.insert(target.root().to_owned(), target);
    }
    let mut edits = Vec::new();
    let file = resource.file.clone();
    for (root, target) in targets {
        let value = value_at(live, &root).filter(|v| !v.is_null());
        match (target, value) {
            (Target::Attribute { value: range, indent, .. }, Some(value)) => {
                edits.push(TextEdit { file: file.clone(), range, text: expression(value, &indent) })
            }
            (Target::Attribute { lines, .. }, None) => {
                edits.push(TextEdit { file: file.clone(), range: lines, text: String::new() })
            }
            (Target::Blocks { ident, ranges, indent, .. }, value) => {
                let items: Vec<&serde_json::Map<String, Value>> = match value {
                    Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
                    Some(Value::Object(map)) => vec![map],
                    _ => Vec::new(),
                };
                let text: Vec<String> = items.iter().map(|item| block(&ident, &[], item, &indent)).collect();
                let text = text.join("\n");
                let mut ranges = ranges.into_iter();
                if let Some(first) = ranges.next() {
                    let (range, text) = if text.is_empty() {
                        (whole_lines(source, first), String::new())
                    } else {
                        (first, text.trim_start().trim_end_matches('\n').to_owned())
                    };
                    edits.push(TextEdit { file: file.clone(), range, text });
                }
                for rest in ranges {
                    edits.push(TextEdit { file: file.clone(), range: whole_lines(source, rest), text: String::new() });
                }
            }
        }
    }
    Ok(edits)
}

/// One codify fix per declared resource with changed attributes.
pub fn codify(
    report: &DriftReport,
    desired: &[Resource],
    live: &[Resource],
    by_desired: &[Option<usize>],
    read: &dyn Fn(&str) -> Option<String>,
) -> Vec<DriftFix> {
    let index: HashMap<(&str, &str), usize> =
        desired.iter().enumerate().map(|(i, r)| ((r.address.as_str(), r.file.as_str()), i)).collect();
    let mut grouped: BTreeMap<(&str, &str), Vec<String>> = BTreeMap::new();
    for c in &report.changed {
        grouped.entry((c.address.as_str(), c.file.as_str())).or_default().push(c.attribute.clone());
    }
    let mut fixes = Vec::new();
    for (key, attributes) in grouped {
        let Some(&d) = index.get(&key) else { continue };
        let resource = &desired[d];
        let Some(l) = by_desired[d] else { continue };
        let edits = read(&resource.file)
            .ok_or_else(|| format!("{}: cannot be read", resource.file))
            .and_then(|source| codify_edits(resource, &live[l].values, &attributes, &source));
        let targets = attributes.iter().map(|a| format!("changed {} {a}", resource.address)).collect();
        fixes.push(match edits {
            Ok(edits) => DriftFix {
                kind: FixKind::Codify,
                address: resource.address.clone(),
                resource_type: resource.resource_type.clone(),
                attributes,
                file: resource.file.clone(),
                status: FixStatus::Unverified,
                reason: None,
                edits,
                targets,
            },
            Err(reason) => declined(FixKind::Codify, resource, attributes, reason),
        });
    }
    fixes
}
