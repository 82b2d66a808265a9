//! Kubernetes manifests (multi-document YAML, `List` kinds, JSON) to resources.

use std::collections::BTreeMap;

use serde_json::Value;

use super::yaml_tree::YamlDoc;
use crate::model::resource::{InlineIgnore, Kind, Location, Resource, pointer_to_path};
use crate::model::text::Position;
use crate::suppress::inline::{ignores_for_block, parse_directive};

/// The annotation that suppresses rules on an object: `tollgate.dev/ignore: "K8S001,K8S002 reason"`.
pub const IGNORE_ANNOTATION: &str = "tollgate.dev/ignore";

pub fn is_kubernetes(value: &Value) -> bool {
    value.get("apiVersion").is_some_and(Value::is_string) && value.get("kind").is_some_and(Value::is_string)
}

/// The resources of one document; a `List` gives one resource per item.
/// `comments`: the file's ignore comments (`scan_ignores`), found once per file.
pub fn normalize(file: &str, dir: &str, comments: &[InlineIgnore], doc: &YamlDoc) -> Vec<Resource> {
    let is_list = doc.value["kind"].as_str().is_some_and(|k| k == "List" || k.ends_with("List"));
    match doc.value.get("items").and_then(Value::as_array) {
        Some(items) if is_list => items
            .iter()
            .enumerate()
            .filter(|(_, item)| is_kubernetes(item))
            .map(|(i, item)| object(file, dir, doc, &format!("/items/{i}"), item, comments))
            .collect(),
        _ => vec![object(file, dir, doc, "", &doc.value, comments)],
    }
}

fn object(file: &str, dir: &str, doc: &YamlDoc, prefix: &str, value: &Value, comments: &[InlineIgnore]) -> Resource {
    let kind = value["kind"].as_str().unwrap_or_default();
    let api_version = value["apiVersion"].as_str().unwrap_or_default();
    let name = value.pointer("/metadata/name").and_then(Value::as_str).unwrap_or("unnamed");
    let namespace = value.pointer("/metadata/namespace").and_then(Value::as_str);
    let address = match namespace {
        Some(ns) => format!("{kind}/{ns}/{name}"),
        None => format!("{kind}/{name}"),
    };
    let (attributes, start, end_line) = attributes_under(doc, prefix);
    let location = Location::at(start, end_line);
    let mut inline_ignores = ignores_for_block(comments, location.line, location.end_line);
    if let Some(directive) = value.pointer("/metadata/annotations").and_then(|a| a.get(IGNORE_ANNOTATION)) {
        let line = attributes.get("metadata.annotations").map_or(location.line, |l| l.line);
        inline_ignores.extend(parse_directive(directive.as_str().unwrap_or_default(), line));
    }
    Resource {
        identity: format!("{dir}::{api_version}/{kind}/{}/{name}", namespace.unwrap_or("")),
        address,
        resource_type: kind.to_owned(),
        kind: Kind::Kubernetes,
        provider: "kubernetes".to_owned(),
        values: value.clone(),
        unknown: Vec::new(),
        references: BTreeMap::new(),
        file: file.to_owned(),
        location,
        attributes,
        inline_ignores,
        module_calls: Vec::new(),
        drift: None,
        cost: None,
        origins: Default::default(),
    }
}

/// The attribute locations under a JSON pointer prefix, with the first position and the last line.
pub fn attributes_under(doc: &YamlDoc, prefix: &str) -> (BTreeMap<String, Location>, Position, usize) {
    let mut attributes = BTreeMap::new();
    let mut start = doc.positions.get(prefix).copied().unwrap_or(doc.start);
    let mut end_line = start.line;
    for (pointer, position) in &doc.positions {
        let Some(rest) = pointer.strip_prefix(prefix) else {
            continue;
        };
        if !rest.is_empty() && !rest.starts_with('/') {
            continue;
        }
        let last = doc.end_lines.get(pointer).copied().unwrap_or(position.line);
        end_line = end_line.max(last);
        if rest.is_empty() {
            continue;
        }
        let at = doc.key_positions.get(pointer).copied().unwrap_or(*position);
        if at.line < start.line {
            start = at;
        }
        attributes.insert(pointer_to_path(rest), Location::at(at, last));
    }
    (attributes, start, end_line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::yaml_tree::parse_documents;

    #[test]
    fn lists_and_annotations() {
        let text = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: a\n    namespace: prod\n    annotations:\n      tollgate.dev/ignore: K8S001 needs host network\n  spec:\n    hostNetwork: true\n";
        let docs = parse_documents(text).unwrap();
        let resources = normalize("pods.yaml", ".", &crate::suppress::inline::scan_ignores(text), &docs[0]);
        assert_eq!(resources.len(), 1);
        let pod = &resources[0];
        assert_eq!(pod.address, "Pod/prod/a");
        assert_eq!(pod.locate(Some("spec.hostNetwork")).line, 12);
        assert_eq!((pod.location.line, pod.location.end_line), (4, 12));
        assert_eq!(pod.inline_ignores[0].rule, "K8S001");
        assert_eq!(pod.inline_ignores[0].reason, "needs host network");
    }
}
