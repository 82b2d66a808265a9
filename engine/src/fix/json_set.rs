//! Setting values in JSON manifests and templates (Kubernetes `.json`, CloudFormation JSON) by
//! attribute path, at the positions the parser recorded: a scalar value is replaced in place, a
//! missing key is added as the first member of its closest existing object, indented like its
//! members. Every other byte stays as it was.

use serde_json::Value;

use super::TextEdit;
use super::hcl_locate::Segment;
use super::yaml_set::closest_written;
use crate::model::resource::Resource;

/// Byte offset of a 1-based line and column.
fn offset(source: &str, line: usize, column: usize) -> usize {
    let start: usize = source.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (start + column.saturating_sub(1)).min(source.len())
}

/// The indentation of the line holding byte `at`.
fn line_indent(source: &str, at: usize) -> &str {
    let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &source[start..];
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

/// Where the value of the member whose key starts at `at` begins (after `"key":`), or `at` itself
/// when no key starts there (a list item).
fn value_start(source: &str, at: usize) -> Result<usize, String> {
    let rest = &source[at..];
    if !rest.starts_with('"') {
        return Ok(at + (rest.len() - rest.trim_start().len()));
    }
    let mut keys = serde_json::Deserializer::from_str(rest).into_iter::<String>();
    keys.next().ok_or("no key")?.map_err(|e| e.to_string())?;
    let after_key = at + keys.byte_offset();
    let colon = source[after_key..].trim_start().strip_prefix(':').ok_or("no `:` after the key")?;
    let value = colon.trim_start();
    Ok(source.len() - value.len())
}

/// The byte length of the JSON value starting at `at`.
fn value_len(source: &str, at: usize) -> Result<usize, String> {
    let mut values = serde_json::Deserializer::from_str(&source[at..]).into_iter::<Value>();
    values.next().ok_or("no value")?.map_err(|e| e.to_string())?;
    Ok(values.byte_offset())
}

/// `value` as JSON whose lines after the first are indented by `pad` (plus `unit` per level).
fn render(value: &Value, pad: &str, unit: &str) -> String {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(unit.as_bytes());
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    let _ = serde::Serialize::serialize(value, &mut serializer);
    String::from_utf8_lossy(&out).replace('\n', &format!("\n{pad}"))
}

/// The edit that sets `path` to `value` in a JSON resource's file (`source`).
pub fn set(resource: &Resource, source: &str, path: &str, value: &Value) -> Result<TextEdit, String> {
    let file = resource.file.clone();
    if let Some(location) = resource.attributes.get(path) {
        let start = value_start(source, offset(source, location.line, location.column))?;
        if source[start..].starts_with(['{', '[']) {
            return Err(format!("`{path}` is not a scalar: fix it by hand"));
        }
        let len = value_len(source, start)?;
        return Ok(TextEdit { file, range: start..start + len, text: value.to_string() });
    }
    let (parts, depth, parent) = closest_written(resource, path)?;
    let parent_location = &resource.attributes[&parent];
    let open = value_start(source, offset(source, parent_location.line, parent_location.column))?;
    if !source[open..].starts_with('{') {
        return Err(format!("`{parent}` is not an object: fix it by hand"));
    }
    let parent_pad = line_indent(source, open).to_owned();
    let first_member = source[open + 1..].trim_start();
    let empty = first_member.starts_with('}');
    let pad = if empty {
        format!("{parent_pad}  ")
    } else {
        line_indent(source, source.len() - first_member.len()).to_owned()
    };
    let unit = pad.strip_prefix(parent_pad.as_str()).filter(|u| !u.is_empty()).unwrap_or("  ").to_owned();
    let mut nested = value.clone();
    for segment in parts[depth + 1..].iter().rev() {
        let Segment::Name(name) = segment else { unreachable!("indexes were refused above") };
        nested = Value::Object([(name.clone(), nested)].into_iter().collect());
    }
    let Segment::Name(name) = &parts[depth] else { unreachable!("indexes were refused above") };
    let member = format!("{}: {}", Value::String(name.clone()), render(&nested, &pad, &unit));
    let text = if empty { format!("\n{pad}{member}\n{parent_pad}") } else { format!("\n{pad}{member},") };
    let end = if empty { source.len() - first_member.len() } else { open + 1 };
    Ok(TextEdit { file, range: open + 1..end, text })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::apply;
    use crate::normalize::{Normalized, normalize};

    const POD: &str = "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Pod\",\n  \"metadata\": {\"name\": \"web\"},\n  \"spec\": {\n    \"hostNetwork\": true,\n    \"containers\": [\n      {\n        \"name\": \"app\",\n        \"image\": \"nginx:1.27\",\n        \"securityContext\": {}\n      }\n    ]\n  }\n}\n";

    fn edited(path: &str, value: Value) -> Result<String, String> {
        let Ok(Normalized::Resources { resources }) = normalize(crate::load::Format::Json, "pod.json", "", POD) else {
            panic!("a pod")
        };
        let edit = set(&resources[0], POD, path, &value)?;
        let out = apply(POD, &[&edit])?;
        serde_json::from_str::<Value>(&out).map_err(|e| format!("{e}: {out}"))?;
        Ok(out)
    }

    #[test]
    fn scalars_are_replaced_and_members_added_with_the_rest_kept() {
        let out = edited("spec.hostNetwork", Value::Bool(false)).unwrap();
        assert_eq!(out, POD.replace("\"hostNetwork\": true", "\"hostNetwork\": false"));
        let out = edited("spec.containers[0].securityContext.runAsNonRoot", Value::Bool(true)).unwrap();
        assert!(out.contains("\"securityContext\": {\n          \"runAsNonRoot\": true\n        }"), "{out}");
        let out =
            edited("spec.containers[0].securityContext.seccompProfile.type", Value::from("RuntimeDefault")).unwrap();
        assert!(out.contains("\"seccompProfile\": {\n            \"type\": \"RuntimeDefault\"\n          }"), "{out}");
        let out = edited("spec.automountServiceAccountToken", Value::Bool(false)).unwrap();
        assert!(
            out.contains("\"spec\": {\n    \"automountServiceAccountToken\": false,\n    \"hostNetwork\": true,"),
            "{out}"
        );
        assert!(edited("spec.volumes[0].name", Value::from("x")).unwrap_err().contains("list items"));
    }
}
