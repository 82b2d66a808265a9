//! A chart read as Helm's loader reads it: `Chart.yaml`, `values.yaml`, `templates/`, the other
//! files (for `.Files`, minus what `.helmignore` names), and subcharts unpacked under `charts/`.
//! A dependency `Chart.yaml` lists that is not in `charts/` (`helm dependency build` not run), or a
//! packed subchart (`.tgz`), makes the chart not renderable, with that reason.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::Value as Json;

use crate::render::in_folder;

/// One chart and its subcharts.
#[derive(Debug, Clone)]
pub struct Chart {
    /// The chart's name (`Chart.yaml` `name`, or the alias its parent gives it).
    pub name: String,
    /// `Chart.yaml` as written.
    pub metadata: Json,
    /// `values.yaml` (an empty map when there is none).
    pub values: Json,
    /// Templates by path inside the chart (`templates/deployment.yaml`), sorted.
    pub templates: Vec<(String, Arc<str>)>,
    /// Every other file by path inside the chart (what `.Files` reads).
    pub files: BTreeMap<String, Arc<[u8]>>,
    pub subcharts: Vec<Chart>,
    /// The chart's folder inside the root chart's (`` for the root, `charts/sub` for a subchart).
    pub folder: String,
}

/// Why a chart was not read.
pub type LoadError = super::NotRendered;

fn failed(message: String) -> LoadError {
    super::NotRendered { path: None, line: 1, column: 1, message, parse: false }
}

/// Reads a chart from its files (paths relative to the chart's folder).
pub fn load(files: &BTreeMap<String, Arc<[u8]>>, folder: &str) -> Result<Chart, LoadError> {
    let text = |path: &str| files.get(path).map(|b| String::from_utf8_lossy(b).into_owned());
    let metadata = parse_yaml(
        &text("Chart.yaml").ok_or_else(|| failed("no Chart.yaml".into()))?,
        &in_folder(folder, "Chart.yaml"),
    )?;
    let values = match text("values.yaml").or_else(|| text("values.yml")) {
        Some(t) => parse_yaml(&t, &in_folder(folder, "values.yaml"))?,
        None => Json::Object(Default::default()),
    };
    let values = if values.is_null() { Json::Object(Default::default()) } else { values };
    let ignore = helmignore(text(".helmignore").as_deref());
    let name = metadata.get("name").and_then(Json::as_str).unwrap_or_default().to_owned();
    let mut templates = Vec::new();
    let mut own_files = BTreeMap::new();
    let mut sub_files: BTreeMap<String, BTreeMap<String, Arc<[u8]>>> = BTreeMap::new();
    for (path, bytes) in files {
        if let Some(rest) = path.strip_prefix("charts/") {
            match rest.split_once('/') {
                Some((dir, inner)) => {
                    sub_files.entry(dir.to_owned()).or_default().insert(inner.to_owned(), bytes.clone());
                }
                None if rest.ends_with(".tgz") || rest.ends_with(".tar.gz") => {
                    return Err(failed(format!("packed subchart charts/{rest} is not read; unpack it under charts/")));
                }
                None => {}
            }
            continue;
        }
        if ignore.as_ref().is_some_and(|g| g.matched_path_or_any_parents(path, false).is_ignore()) {
            continue;
        }
        if path.starts_with("templates/") {
            templates.push((path.clone(), Arc::from(String::from_utf8_lossy(bytes).as_ref())));
        } else if !matches!(path.as_str(), "Chart.yaml" | "values.yaml" | "Chart.lock" | "values.schema.json") {
            own_files.insert(path.clone(), bytes.clone());
        }
    }
    let mut subcharts = Vec::new();
    for (dir, inner) in &sub_files {
        if inner.contains_key("Chart.yaml") {
            subcharts.push(load(inner, &in_folder(folder, &format!("charts/{dir}")))?);
        }
    }
    let mut chart = Chart { name, metadata, values, templates, files: own_files, subcharts, folder: folder.to_owned() };
    apply_dependencies(&mut chart)?;
    Ok(chart)
}

fn parse_yaml(text: &str, path: &str) -> Result<Json, LoadError> {
    crate::normalize::yaml_tree::parse_values(text).map(|docs| docs.into_iter().next().unwrap_or(Json::Null)).map_err(
        |e| super::NotRendered {
            path: Some(path.to_owned()),
            line: e.position.line,
            column: e.position.column,
            message: e.message,
            parse: true,
        },
    )
}

fn helmignore(text: Option<&str>) -> Option<ignore::gitignore::Gitignore> {
    let mut builder = ignore::gitignore::GitignoreBuilder::new("");
    for line in text?.lines() {
        let _ = builder.add_line(None, line);
    }
    builder.build().ok()
}

/// Matches `Chart.yaml` dependencies to the unpacked subcharts: a missing one is an error, an alias
/// renames its chart (a chart used under two aliases is kept twice).
fn apply_dependencies(chart: &mut Chart) -> Result<(), LoadError> {
    let Some(deps) = chart.metadata.get("dependencies").and_then(Json::as_array).cloned() else {
        return Ok(());
    };
    let available = std::mem::take(&mut chart.subcharts);
    let mut used = vec![false; available.len()];
    for dep in &deps {
        let name = dep.get("name").and_then(Json::as_str).unwrap_or_default();
        let Some(at) = available.iter().position(|c| c.name == name) else {
            return Err(failed(format!(
                "dependency {name:?} is not in charts/ (run `helm dependency build` first, or vendor it)"
            )));
        };
        used[at] = true;
        let mut sub = available[at].clone();
        if let Some(alias) = dep.get("alias").and_then(Json::as_str) {
            sub.name = alias.to_owned();
        }
        chart.subcharts.push(sub);
    }
    // Subcharts present but not listed are still part of the chart (as Helm loads them).
    chart.subcharts.extend(available.into_iter().zip(used).filter(|(_, u)| !u).map(|(c, _)| c));
    Ok(())
}

/// The `condition` and `tags` of the dependency a subchart comes from.
pub fn dependency_of<'a>(parent: &'a Chart, sub: &Chart) -> Option<&'a Json> {
    parent.metadata.get("dependencies")?.as_array()?.iter().find(|d| {
        d.get("alias").and_then(Json::as_str).or_else(|| d.get("name").and_then(Json::as_str)) == Some(&sub.name)
    })
}
