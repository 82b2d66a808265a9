//! RENDER: sources that become Kubernetes manifests only once rendered (Helm charts, Kustomize
//! overlays). Receives a chart's files and the user's values, or an overlay's folder; returns the
//! documents, each remembering where it came from (a template's lines, a base file), so findings
//! point at what a user edits.

pub mod helm;
pub mod kustomize;
pub mod to_yaml;

use std::collections::BTreeMap;

use crate::normalize::yaml_tree::YamlDoc;

/// The deepest field starting on each line (1-based) of a written document: what a line of rendered
/// or built YAML sets.
pub fn deepest_fields(doc: &YamlDoc) -> BTreeMap<usize, String> {
    let mut deepest: BTreeMap<usize, String> = BTreeMap::new();
    for (pointer, position) in doc.key_positions.iter().chain(doc.positions.iter()) {
        let slot = deepest.entry(position.line).or_default();
        if slot.is_empty() || pointer.matches('/').count() > slot.matches('/').count() {
            *slot = pointer.clone();
        }
    }
    deepest
}

/// A path inside a folder (`` is the top).
pub fn in_folder(folder: &str, path: &str) -> String {
    if folder.is_empty() { path.to_owned() } else { format!("{folder}/{path}") }
}
