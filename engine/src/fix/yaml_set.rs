//! Setting values in Kubernetes YAML by attribute path, as line edits at the positions the parser
//! recorded: a scalar is replaced on its line (its comment kept), a missing key is added as new lines
//! under its closest existing mapping, indented like its siblings. Every other line keeps its bytes.
//! CloudFormation templates are edited the same way, under the resource's `Properties`.

use serde_json::Value;

use super::TextEdit;
use super::hcl_locate::{Segment, segments};
use crate::model::resource::Resource;

/// A scalar as YAML writes it: plain where that reads back the same, else JSON-quoted.
fn scalar(value: &Value) -> Result<String, String> {
    match value {
        Value::Null => Ok("null".into()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Number(n) => Ok(n.to_string()),
        Value::String(s) => {
            let plain = !s.is_empty()
                && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:@".contains(c))
                && !s.contains(": ")
                && !s.ends_with(':')
                && !s.starts_with(['-', ':', '@'])
                && !matches!(
                    s.to_ascii_lowercase().as_str(),
                    "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "~"
                )
                && s.parse::<f64>().is_err();
            Ok(if plain { s.clone() } else { serde_json::to_string(s).unwrap_or_default() })
        }
        _ => Err("YAML fixes set scalar values only".into()),
    }
}

/// Byte offset of each line start.
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect()
}

fn path_text(segments: &[Segment]) -> String {
    let mut out = String::new();
    for segment in segments {
        match segment {
            Segment::Name(n) if out.is_empty() => out.push_str(n),
            Segment::Name(n) => out.push_str(&format!(".{n}")),
            Segment::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// For a path the resource does not write: its segments, how many of them are written (`depth`)
/// and the closest written ancestor, where the missing keys go. Missing list items are refused.
pub(super) fn closest_written(resource: &Resource, path: &str) -> Result<(Vec<Segment>, usize, String), String> {
    let parts = segments(path);
    let (depth, parent) = (1..parts.len())
        .rev()
        .find_map(|n| {
            let parent = path_text(&parts[..n]);
            resource.attributes.get(&parent).map(|_| (n, parent))
        })
        .ok_or_else(|| format!("no part of `{path}` is written in {}", resource.file))?;
    if parts[depth..].iter().any(|s| matches!(s, Segment::Index(_))) {
        return Err(format!("`{path}`: adding list items is not done by fixes"));
    }
    Ok((parts, depth, parent))
}

/// The edit that sets `path` to `value` in a Kubernetes resource's file (`source`).
pub fn set(resource: &Resource, source: &str, path: &str, value: &Value) -> Result<TextEdit, String> {
    if !(resource.file.ends_with(".yaml") || resource.file.ends_with(".yml")) {
        return Err(format!("{}: only YAML manifests are edited; change it by hand", resource.file));
    }
    let text = scalar(value)?;
    let starts = line_starts(source);
    let line_text = |line: usize| {
        let start = starts.get(line.saturating_sub(1)).copied().unwrap_or(source.len());
        let end = source[start..].find('\n').map_or(source.len(), |i| start + i);
        (start, &source[start..end])
    };
    let file = resource.file.clone();
    if let Some(location) = resource.attributes.get(path) {
        // Present: replace the scalar after `key:` on the key's own line.
        let (start, line) = line_text(location.line);
        let key_at = location.column.saturating_sub(1);
        let colon = line[key_at.min(line.len())..].find(':').map(|i| key_at + i).ok_or("no `key:` on the line")?;
        let after = &line[colon + 1..];
        let value_start = colon + 1 + (after.len() - after.trim_start().len());
        let value_end = line.find(" #").filter(|i| *i > value_start).unwrap_or(line.len());
        let current = line[value_start..value_end].trim_end();
        if location.end_line != location.line
            || current.is_empty()
            || current.starts_with(['{', '[', '|', '>', '&', '*'])
        {
            return Err(format!("`{path}` is not a plain scalar on one line: fix it by hand"));
        }
        let range = start + value_start..start + value_start + current.len();
        return Ok(TextEdit { file, range, text });
    }
    // Absent: the closest ancestor mapping that is written in the file.
    let (parts, depth, parent) = closest_written(resource, path)?;
    let children: Vec<(&String, &crate::model::resource::Location)> = resource
        .attributes
        .iter()
        .filter(|(p, _)| p.len() > parent.len() && p.starts_with(&parent) && p[parent.len()..].starts_with(['.', '[']))
        .collect();
    let parent_location = &resource.attributes[&parent];
    let last_line = children.iter().map(|(_, l)| l.end_line).chain([parent_location.end_line]).max().unwrap_or(1);
    let direct = children
        .iter()
        .find(|(p, _)| !p[parent.len() + 1..].contains(['.', '[']) && p.as_bytes()[parent.len()] == b'.');
    let indent = match direct {
        // The key's own column on its line (the first key of a `- key: value` item may be recorded
        // at its value).
        Some((p, l)) => {
            let key = p.rsplit(['.', ']']).next().unwrap_or_default();
            let (_, line) = line_text(l.line);
            line.find(&format!("{key}:")).unwrap_or(l.column.saturating_sub(1))
        }
        None if matches!(parts[depth - 1], Segment::Index(_)) => {
            return Err(format!("`{parent}` is an empty list item: fix it by hand"));
        }
        None => {
            let (_, line) = line_text(parent_location.line);
            if line.trim_end().ends_with(['}', ']']) || !line.trim_end().ends_with(':') {
                return Err(format!("`{parent}` is written inline: fix it by hand"));
            }
            parent_location.column.saturating_sub(1) + 2
        }
    };
    let mut lines = String::new();
    for (i, segment) in parts[depth..].iter().enumerate() {
        let Segment::Name(name) = segment else { unreachable!("indexes were refused above") };
        let pad = " ".repeat(indent + 2 * i);
        if i + 1 == parts.len() - depth {
            lines.push_str(&format!("{pad}{name}: {text}\n"));
        } else {
            lines.push_str(&format!("{pad}{name}:\n"));
        }
    }
    let at = starts.get(last_line).copied().unwrap_or(source.len());
    let lead = if at == source.len() && !source.ends_with('\n') { "\n" } else { "" };
    Ok(TextEdit { file, range: at..at, text: format!("{lead}{lines}") })
}

/// Sets one path of a resource in its file's text (`set` here for YAML, `json_set::set` for JSON).
pub type SetOne = fn(&Resource, &str, &str, &Value) -> Result<TextEdit, String>;

/// The edit that sets every `(path, value)` in a YAML (or JSON) resource with `set`: one at a time, each on
/// the text the previous one left (so two keys under one new mapping share it), then as one edit of the
/// span that changed. `whole` gives the resource as found in a text (its attributes where `paths` name them).
pub fn set_all(
    resource: &Resource,
    source: &str,
    sets: &[(String, Value)],
    set: SetOne,
    whole: impl Fn(&str) -> Result<Resource, String>,
) -> Result<Vec<TextEdit>, String> {
    if sets.len() < 2 {
        let current = whole(source)?;
        return sets.iter().map(|(path, value)| set(&current, source, path, value)).collect();
    }
    let mut text = source.to_owned();
    for (path, value) in sets {
        let edit = set(&whole(&text)?, &text, path, value)?;
        text = super::apply(&text, &[&edit])?;
    }
    let prefix = source.bytes().zip(text.bytes()).take_while(|(a, b)| a == b).count();
    let suffix = source[prefix..].bytes().rev().zip(text[prefix..].bytes().rev()).take_while(|(a, b)| a == b).count();
    let (mut start, mut end) = (prefix, source.len() - suffix);
    while !source.is_char_boundary(start) || !text.is_char_boundary(start) {
        start -= 1;
    }
    while !source.is_char_boundary(end) {
        end += 1;
    }
    let new_end = text.len() - (source.len() - end);
    Ok(vec![TextEdit { file: resource.file.clone(), range: start..end, text: text[start..new_end].to_owned() }])
}

/// The resource with `address` of the Kubernetes manifest `text`, as the normalizer reads it.
pub fn kubernetes_resource(resource: &Resource, text: &str) -> Result<Resource, String> {
    use crate::normalize::{Normalized, normalize};
    let format = if resource.file.ends_with(".json") { crate::load::Format::Json } else { crate::load::Format::Yaml };
    match normalize(format, &resource.file, "", text) {
        Ok(Normalized::Resources { resources }) => resources
            .into_iter()
            .find(|r| r.address == resource.address)
            .ok_or_else(|| format!("`{}` is no longer in {}", resource.address, resource.file)),
        Ok(_) => Err(format!("{} is no longer a manifest", resource.file)),
        Err(e) => Err(format!("{}:{}:{}: {}", resource.file, e.line, e.column, e.message)),
    }
}

/// A CloudFormation resource with its attributes relative to the resource itself (`Properties.X`,
/// `Properties`, `Type`), read again from `source`, so a property missing from `Properties` is added
/// under it like a missing key of a manifest.
pub fn cloudformation_resource(resource: &Resource, source: &str) -> Result<Resource, String> {
    let docs = crate::normalize::yaml_tree::parse_documents(source)
        .map_err(|e| format!("{}: {}", resource.file, e.message))?;
    let prefix = format!("/Resources/{}", resource.address.replace('~', "~0").replace('/', "~1"));
    let doc = docs
        .iter()
        .find(|d| d.positions.contains_key(&prefix))
        .ok_or_else(|| format!("no resource `{}` in {}", resource.address, resource.file))?;
    let (attributes, _, _) = crate::normalize::kubernetes::attributes_under(doc, &prefix);
    if !attributes.contains_key("Properties") {
        return Err(format!("`{}` has no `Properties` mapping: fix it by hand", resource.address));
    }
    Ok(Resource { attributes, ..resource.clone() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::apply;
    use crate::normalize::{Normalized, normalize};

    const POD: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web # the web pod\nspec:\n  hostNetwork: true # debugging\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n    - name: sidecar\n      image: envoy:1.30\n";

    fn edited(path: &str, value: Value) -> Result<String, String> {
        let Ok(Normalized::Resources { resources }) = normalize(crate::load::Format::Yaml, "pod.yaml", "", POD) else {
            panic!("a pod")
        };
        let edit = set(&resources[0], POD, path, &value)?;
        apply(POD, &[&edit])
    }

    #[test]
    fn scalars_are_replaced_and_keys_added_with_the_rest_kept() {
        let out = edited("spec.hostNetwork", Value::Bool(false)).unwrap();
        assert_eq!(out, POD.replace("hostNetwork: true # debugging", "hostNetwork: false # debugging"));
        let out = edited("spec.containers[1].securityContext.allowPrivilegeEscalation", Value::Bool(false)).unwrap();
        assert_eq!(out, format!("{POD}      securityContext:\n        allowPrivilegeEscalation: false\n"),);
        let out = edited("spec.containers[0].securityContext.runAsNonRoot", Value::Bool(true)).unwrap();
        assert!(out.contains("        privileged: true\n        runAsNonRoot: true\n    - name: sidecar"), "{out}");
        assert!(edited("spec.volumes[0].name", Value::from("x")).unwrap_err().contains("list items"));
    }

    /// The pod with `runAsNonRoot: true` set on its first container.
    fn add_run_as_non_root(pod: &str) -> String {
        let Ok(Normalized::Resources { resources }) = normalize(crate::load::Format::Yaml, "pod.yaml", "", pod) else {
            panic!("a pod")
        };
        let edit = set(&resources[0], pod, "spec.containers[0].securityContext.runAsNonRoot", &Value::Bool(true));
        apply(pod, &[&edit.unwrap()]).unwrap()
    }

    #[test]
    fn keys_go_under_compact_list_items() {
        let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: be\nspec:\n  containers:\n  - image: quay.io/example/visualizer:1.0\n    name: be\n";
        let out = add_run_as_non_root(pod);
        assert_eq!(out, format!("{pod}    securityContext:\n      runAsNonRoot: true\n"));
    }

    #[test]
    fn keys_go_after_a_block_scalar_not_into_it() {
        let pod = "kind: Pod\napiVersion: v1\nmetadata:\n  name: db\nspec:\n  containers:\n  - name: db\n    command:\n      - |\n        exec db \\\n          --join peers\n    image: db:1\n    args: >\n      --folded\n      text\n  - name: next\n    image: next:1\n";
        let out = add_run_as_non_root(pod);
        let expected = pod.replace("      text\n", "      text\n    securityContext:\n      runAsNonRoot: true\n");
        assert_eq!(out, expected);
    }
}
