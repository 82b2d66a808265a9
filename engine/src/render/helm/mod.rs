//! Helm charts rendered natively, as `helm template` renders them: receives a chart's files and
//! the user's values; returns each template's output with, for every output line, the template line
//! it came from; or why the chart was not rendered (a missing dependency, a template error at its
//! file, line and column).

pub mod binary;
mod chart;
mod context;
mod convert;
mod funcs_collections;
mod funcs_strings;
mod funcs_values;
mod provenance;
mod semver;
mod source;
mod template_set;
mod values;
mod values_origin;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::Value as Json;

use crate::render::in_folder;

pub use context::Release;
pub use values::set_path;

use chart::Chart;
use template_set::{Source, TemplateSet, with_template};

/// The output of one template.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The template's path inside the chart's folder (`templates/x.yaml`, `charts/db/templates/x.yaml`).
    pub path: String,
    /// The rendered text.
    pub text: String,
    /// For each line of `text` (0-based), the template's line (1-based).
    pub lines: Vec<usize>,
    /// The chart's `values.yaml` (path inside the root chart's folder), when it has one.
    pub values_file: Option<String>,
    /// For each line of `text`, the line of `values_file` its value was written at, when traced.
    pub values_lines: Vec<Option<usize>>,
}

/// Why a chart was not rendered: the file inside the chart (when one is to blame), its position, and
/// the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotRendered {
    pub path: Option<String>,
    pub line: usize,
    pub column: usize,
    pub message: String,
    /// A file that does not parse (a template's syntax, `Chart.yaml` or `values.yaml`): an input
    /// error, not only a chart that could not be rendered.
    pub parse: bool,
}

impl NotRendered {
    fn chart(message: String) -> Self {
        NotRendered { path: None, line: 1, column: 1, message, parse: false }
    }
}

/// Renders a chart from its files (paths relative to the chart's folder) with the user's values
/// (merged over `values.yaml`).
pub fn render(
    files: &BTreeMap<String, Arc<[u8]>>,
    user_values: Json,
    release: &Release,
) -> Result<Vec<Rendered>, NotRendered> {
    let mut root = chart::load(files, "")?;
    if root.metadata.get("type").and_then(Json::as_str) == Some("library") {
        return Ok(Vec::new());
    }
    let values = values::coalesce(&mut root, user_values);
    // Every chart of the tree: (chart, its values, its name prefix in Helm's template names).
    let mut charts: Vec<(&Chart, Json, String)> = Vec::new();
    collect(&root, values, root.name.clone(), &mut charts);
    // Deeper charts first, so a parent's `define` replaces a subchart's of the same name.
    charts
        .sort_by_key(|(c, _, _)| std::cmp::Reverse(c.folder.matches('/').count() + usize::from(!c.folder.is_empty())));
    let marked: Vec<Vec<Option<String>>> = charts
        .iter()
        .map(|(c, _, _)| c.templates.iter().map(|(path, text)| renders(path).then(|| provenance::mark(text))).collect())
        .collect();
    let mut sources = Vec::new();
    for ((chart, _, prefix), marks) in charts.iter().zip(&marked) {
        for ((path, text), mark) in chart.templates.iter().zip(marks) {
            sources.push(Source { name: format!("{prefix}/{path}"), text, rendered: mark.clone() });
        }
    }
    let set = TemplateSet::build(&sources).map_err(|f| {
        let (line, column, message) = position_of(&f.error);
        let parse = matches!(f.error, gotmpl::TemplateError::Parse { .. } | gotmpl::TemplateError::Lex { .. });
        NotRendered { path: Some(file_of(&f.name, &charts)), line, column, message, parse }
    })?;
    let mut out = Vec::new();
    let mut total = 0usize;
    let max_output = crate::model::limits::current().render_output;
    for (chart, values, prefix) in &charts {
        let is_root = chart.folder.is_empty();
        let values_file = in_folder(&chart.folder, "values.yaml");
        let values_doc = files
            .get(&values_file)
            .and_then(|b| crate::normalize::yaml_tree::parse_documents(&String::from_utf8_lossy(b)).ok())
            .and_then(|mut docs| (!docs.is_empty()).then(|| docs.remove(0)));
        let data = context::chart_data(chart, convert::from_json(values), release, is_root);
        for (path, source) in chart.templates.iter().filter(|(p, _)| renders(p)) {
            let name = format!("{prefix}/{path}");
            if !set.has(&name) {
                continue;
            }
            let template = context::template_value(&name, &format!("{prefix}/templates"));
            let rendered = set.execute(&name, &with_template(&data, template)).map_err(|e| {
                let (line, column, mut message) = position_of(&e);
                if message.contains("range iteration") {
                    let most = crate::model::limits::current().render_iterations;
                    message = format!("{message} (limits.render_iterations: {most})");
                }
                let mut failure =
                    NotRendered { path: Some(in_folder(&chart.folder, path)), line, column, message, parse: false };
                locate_failure(&mut failure, &charts, path);
                failure
            })?;
            total += rendered.len();
            if total > max_output {
                return Err(NotRendered::chart(format!(
                    "rendered output over {max_output} bytes (limits.render_output)"
                )));
            }
            let (text, lines, actions) = provenance::strip_with_actions(&rendered.replace("<no value>", ""));
            if text.trim().is_empty() {
                continue;
            }
            let values_lines = match &values_doc {
                Some(doc) => values_origin::values_lines(&text, &lines, &actions, source, doc),
                None => vec![None; lines.len()],
            };
            let values_file = values_doc.as_ref().map(|_| values_file.clone());
            out.push(Rendered { path: in_folder(&chart.folder, path), text, lines, values_file, values_lines });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

/// An execution error carries no position: the `required`/`fail` message is looked for as written in
/// the template (else in any template or helper of the chart), and its line and column taken.
fn locate_failure(failure: &mut NotRendered, charts: &[(&Chart, Json, String)], rendering: &str) {
    let text = failure.message.trim_start_matches("execution error: ").trim();
    if text.len() < 4 {
        return;
    }
    let needle = format!("\"{text}\"");
    let mut candidates: Vec<(String, &str)> = Vec::new();
    for (chart, _, _) in charts {
        for (path, source) in &chart.templates {
            let file = in_folder(&chart.folder, path);
            if path == rendering {
                candidates.insert(0, (file, source));
            } else {
                candidates.push((file, source));
            }
        }
    }
    for (file, source) in candidates {
        for (i, line) in source.lines().enumerate() {
            if let Some(at) = line.find(&needle) {
                failure.path = Some(file);
                failure.line = i + 1;
                failure.column = at + 1;
                return;
            }
        }
    }
}

fn collect<'a>(chart: &'a Chart, values: Json, prefix: String, out: &mut Vec<(&'a Chart, Json, String)>) {
    for sub in &chart.subcharts {
        let sub_values = values.get(&sub.name).cloned().unwrap_or(Json::Object(Default::default()));
        collect(sub, sub_values, format!("{prefix}/charts/{}", sub.name), out);
    }
    out.push((chart, values, prefix));
}

/// Templates Helm writes out: not partials (`_helpers.tpl`) and not `NOTES.txt`.
fn renders(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    !name.starts_with('_') && name != "NOTES.txt"
}

/// The chart file behind a template name (`root/charts/sub/templates/x` -> `charts/sub/templates/x`).
fn file_of(name: &str, charts: &[(&Chart, Json, String)]) -> String {
    for (chart, _, prefix) in charts {
        if let Some(path) = name.strip_prefix(&format!("{prefix}/")).filter(|p| p.starts_with("templates/")) {
            return in_folder(&chart.folder, path);
        }
    }
    name.to_owned()
}

/// Line, column and message of a template error (1, 1 when the engine gives no position).
fn position_of(error: &gotmpl::TemplateError) -> (usize, usize, String) {
    match error {
        gotmpl::TemplateError::Parse { line, col, message, .. }
        | gotmpl::TemplateError::Lex { line, col, message, .. } => (*line, *col, message.clone()),
        other => (1, 1, other.to_string()),
    }
}

/// The files of a chart folder on disk, by path relative to it (symbolic links not followed; at
/// most `max_files` files).
pub fn read_folder(dir: &std::path::Path, max_files: usize) -> std::io::Result<BTreeMap<String, Arc<[u8]>>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                let path = entry.path();
                let relative = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                files.insert(relative, Arc::from(std::fs::read(&path)?));
                if files.len() > max_files {
                    return Err(std::io::Error::other(format!("chart has more than {max_files} files")));
                }
            }
        }
    }
    Ok(files)
}
