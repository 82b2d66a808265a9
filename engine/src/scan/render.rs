//! Stage 1b, render: the Helm chart templates discovery set aside become files to read. Each chart
//! (the top chart of the templates found; subcharts render with their parent) is rendered with its
//! default values and the config's `helm.values`; every rendered template becomes a YAML file under
//! the template's own path that remembers its template lines. A chart that does not render stays set
//! aside with a `helm-not-rendered` warning naming the reason and the file and line at fault.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use super::state::Run;
use crate::load::{FileRef, Format, LineOrigin, RenderedFrom};
use crate::render::helm::{self, Release};
use crate::render::in_folder;
use crate::report::model::{ReportError, Warning};
use rayon::prelude::*;

/// Most files a chart folder may hold.
const MAX_CHART_FILES: usize = 20_000;

pub(super) fn stage(run: &mut Run<'_>, progress: &dyn super::Progress) {
    progress.stage("rendering Helm charts", 0);
    let templates: BTreeSet<String> = run.discovery.helm_templates.iter().cloned().collect();
    if templates.is_empty() {
        return;
    }
    let roots: Vec<String> = templates
        .iter()
        .map(|t| chart_root(t, &run.discovery.memory_files))
        .collect::<BTreeSet<String>>()
        .into_iter()
        .collect();
    // The charts render in parallel; their outcomes are taken in chart order.
    let (options, memory) = (run.options, &run.discovery.memory_files);
    let outcomes: Vec<Rendered> =
        roots.par_iter().map(|root| render_chart(options, memory, &templates, root)).collect();
    let mut rendered_files = Vec::new();
    let mut rendered_names = BTreeSet::new();
    for outcome in outcomes {
        match outcome {
            Rendered::Files { files, names } => {
                rendered_files.extend(files);
                rendered_names.extend(names);
            }
            Rendered::Failed { error, warning } => {
                run.errors.extend(error);
                run.render_warnings.push(warning);
            }
        }
    }
    run.discovery.helm_templates.retain(|t| !rendered_names.contains(t));
    run.discovery.files.extend(rendered_files);
}

/// What one chart gave: its rendered files and the templates they account for, or why it did not render.
enum Rendered {
    Files { files: Vec<FileRef>, names: Vec<String> },
    Failed { error: Option<ReportError>, warning: Warning },
}

fn render_chart(
    options: &crate::scan::ScanOptions,
    memory: &[crate::load::MemoryFile],
    templates: &BTreeSet<String>,
    root: &str,
) -> Rendered {
    let failed = |reason| Rendered::Failed { error: None, warning: warning(root, None, reason) };
    let files = match chart_files(root, memory) {
        Ok(files) => files,
        Err(reason) => return failed(reason),
    };
    let settings = options.config.config.helm.chart(root).cloned().unwrap_or_default();
    let values = match user_values(&settings, &files) {
        Ok(mut values) => {
            if !options.helm_values.is_null() {
                crate::config::helm::merge_values(&mut values, &options.helm_values);
            }
            values
        }
        Err(reason) => return failed(reason),
    };
    let defaults = Release::default();
    let release = Release {
        name: settings.release.clone().unwrap_or(defaults.name),
        namespace: settings.namespace.clone().unwrap_or(defaults.namespace),
    };
    let rendered = match options.helm_binary.as_deref().filter(|_| memory.is_empty()) {
        Some(binary) => {
            let dir = if root.is_empty() { Path::new(".") } else { Path::new(root) };
            let template = |path: &str| files.get(path).map(|b| String::from_utf8_lossy(b).into_owned());
            helm::binary::render(binary, dir, &values, &release, &template)
        }
        None => helm::render(&files, values, &release),
    };
    match rendered {
        Ok(outputs) => {
            let mut rendered_files = Vec::new();
            let mut names = Vec::new();
            for output in outputs {
                let display = in_folder(root, &output.path);
                if !templates.contains(&display) {
                    continue;
                }
                let source =
                    files.get(&output.path).map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default();
                let values_file = output.values_file.as_ref().map(|v| in_folder(root, v));
                let origins = output
                    .values_lines
                    .iter()
                    .map(|l| {
                        let file = values_file.clone()?;
                        l.map(|line| LineOrigin { file, line, role: "values file" })
                    })
                    .collect();
                let origin = RenderedFrom { template: Arc::from(source), lines: output.lines, origins };
                names.push(display.clone());
                rendered_files.push(FileRef {
                    path: Path::new(&display).to_path_buf(),
                    display,
                    format: Format::Yaml,
                    data: Some(Arc::from(output.text.into_bytes())),
                    rendered: Some(Arc::new(origin)),
                });
            }
            // Templates that rendered to nothing are rendered too (there is nothing to scan).
            let prefix = if root.is_empty() { String::new() } else { format!("{root}/") };
            names.extend(templates.iter().filter(|t| t.starts_with(&prefix)).cloned());
            Rendered::Files { files: rendered_files, names }
        }
        Err(failure) => {
            let file = failure.path.as_ref().map(|p| in_folder(root, p));
            let line = failure.path.as_ref().map(|_| failure.line);
            let at = file.clone().unwrap_or_else(|| in_folder(root, "Chart.yaml"));
            // A template, Chart.yaml or values.yaml that does not parse is an input error (exit 2).
            let error = failure.parse.then(|| ReportError {
                kind: "parse".into(),
                file: at.clone(),
                line: failure.line,
                column: failure.column,
                message: format!("{} (Helm chart {})", failure.message, display_root(root)),
                rule_id: None,
            });
            let warning = Warning {
                code: "helm-not-rendered".into(),
                message: format!("chart {} not rendered: {}", display_root(root), failure.message),
                file: Some(at),
                line,
            };
            Rendered::Failed { error, warning }
        }
    }
}

fn warning(root: &str, line: Option<usize>, reason: String) -> Warning {
    Warning {
        code: "helm-not-rendered".into(),
        message: format!("chart {} not rendered: {reason}", display_root(root)),
        file: Some(in_folder(root, "Chart.yaml")),
        line,
    }
}

fn display_root(root: &str) -> &str {
    if root.is_empty() { "." } else { root }
}

/// Whether a folder holds a `Chart.yaml` (on disk, or among the files in memory).
fn is_chart(dir: &str, memory: &[crate::load::MemoryFile]) -> bool {
    let file = in_folder(dir, "Chart.yaml");
    if memory.is_empty() { Path::new(&file).is_file() } else { memory.iter().any(|f| f.display == file) }
}

/// The chart a template belongs to, climbing out of `charts/` to the top chart.
fn chart_root(template: &str, memory: &[crate::load::MemoryFile]) -> String {
    let mut root = match template.split_once("/templates/") {
        Some((dir, _)) if !template.starts_with("templates/") => dir.to_owned(),
        _ => String::new(),
    };
    while let Some((parent, _)) = root.rsplit_once("/charts/").filter(|(p, _)| is_chart(p, memory)) {
        root = parent.to_owned();
    }
    if root.starts_with("charts/") && is_chart("", memory) {
        root = String::new();
    }
    root
}

/// The config's values files (read from the chart) merged in order, then its inline values.
fn user_values(
    settings: &crate::config::helm::ChartSettings,
    files: &BTreeMap<String, Arc<[u8]>>,
) -> Result<serde_json::Value, String> {
    let mut values = serde_json::Value::Object(Default::default());
    for name in &settings.values_files {
        let bytes = files
            .get(name.trim_start_matches("./"))
            .ok_or_else(|| format!("values file {name} is not in the chart"))?;
        let text = String::from_utf8_lossy(bytes);
        let docs = crate::normalize::yaml_tree::parse_values(&text)
            .map_err(|e| format!("{name}:{}:{}: {}", e.position.line, e.position.column, e.message))?;
        if let Some(doc) = docs.into_iter().next().filter(|d| d.is_object()) {
            crate::config::helm::merge_values(&mut values, &doc);
        }
    }
    crate::config::helm::merge_values(&mut values, &serde_json::Value::Object(settings.values.clone()));
    Ok(values)
}

/// A chart's files by path inside it, from disk or memory.
fn chart_files(root: &str, memory: &[crate::load::MemoryFile]) -> Result<BTreeMap<String, Arc<[u8]>>, String> {
    if memory.is_empty() {
        let dir = if root.is_empty() { Path::new(".") } else { Path::new(root) };
        return helm::read_folder(dir, MAX_CHART_FILES).map_err(|e| e.to_string());
    }
    let prefix = if root.is_empty() { String::new() } else { format!("{root}/") };
    Ok(memory
        .iter()
        .filter_map(|f| f.display.strip_prefix(&prefix).map(|rest| (rest.to_owned(), f.data.clone())))
        .collect())
}
