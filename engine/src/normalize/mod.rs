//! 2 NORMALIZE: receives one file's text and format; returns its resources in the one resource model
//! (`crate::model::resource`) with exact locations, parsed Terraform for the evaluator, or a located error.

pub mod cloudformation;
mod cloudformation_values;
pub mod fuzzing;
pub mod json_locate;
pub mod kubernetes;
pub mod terraform;
pub mod tf_plan;
pub mod tf_state;
pub mod yaml_tree;

use serde_json::Value;

use crate::load::Format;
use crate::model::resource::Resource;

/// A file that could not be read or parsed, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// What became of one file.
#[derive(Debug)]
pub enum Normalized {
    /// The file is of a known format (it may hold no resources, like a `.tfvars` file).
    Resources { resources: Vec<Resource> },
    /// A Terraform file (`.tf`, `.tfvars`, `.tfvars.json`): its resources come from evaluating its
    /// module with the others (`terraform::Project`).
    Terraform(std::sync::Arc<terraform::ParsedFile>),
    /// A readable file of no format tollgate scans (a CI workflow, a Helm values file, ...).
    Skipped { reason: String },
}

/// Normalizes the text of one file whose format was detected from its name.
pub fn normalize(format: Format, file: &str, dir: &str, text: &str) -> Result<Normalized, FileError> {
    let found = |resources| Ok(Normalized::Resources { resources });
    match format {
        Format::Terraform | Format::TerraformVars => {
            Ok(Normalized::Terraform(std::sync::Arc::new(terraform::parse_file(file, text)?)))
        }
        Format::TerraformVarsJson => {
            Ok(Normalized::Terraform(std::sync::Arc::new(terraform::parse_vars_json(file, text)?)))
        }
        Format::TerraformJson => Ok(Normalized::Terraform(std::sync::Arc::new(terraform::parse_tf_json(file, text)?))),
        Format::Yaml => yaml(file, dir, text),
        Format::Json => json(file, dir, text),
        Format::TerraformStateFile => {
            let value = parse_json(text)?;
            found(tf_state::normalize(file, dir, text, value)?)
        }
    }
}

fn yaml(file: &str, dir: &str, text: &str) -> Result<Normalized, FileError> {
    let docs = yaml_tree::parse_documents(text).map_err(|e| FileError {
        message: e.message,
        line: e.position.line,
        column: e.position.column,
    })?;
    let mut resources = Vec::new();
    let mut recognized = false;
    let comments = crate::suppress::inline::scan_ignores(text);
    for doc in &docs {
        if kubernetes::is_kubernetes(&doc.value) {
            recognized = true;
            resources.extend(kubernetes::normalize(file, dir, &comments, doc));
        } else if cloudformation::is_cloudformation(&doc.value) {
            recognized = true;
            resources.extend(cloudformation::normalize(file, &comments, doc));
        }
    }
    match recognized {
        true => Ok(Normalized::Resources { resources }),
        false if docs.is_empty() => Ok(Normalized::Skipped { reason: "empty YAML file".into() }),
        false => Ok(Normalized::Skipped { reason: "YAML of no known format".into() }),
    }
}

fn json(file: &str, dir: &str, text: &str) -> Result<Normalized, FileError> {
    if text.trim().is_empty() {
        return Ok(Normalized::Skipped { reason: "empty JSON file".into() });
    }
    let value = parse_json(text)?;
    let found = |resources| Ok(Normalized::Resources { resources });
    if tf_plan::is_plan(&value) {
        found(tf_plan::normalize(file, dir, text, &value))
    } else if tf_state::is_state(&value) {
        found(tf_state::normalize(file, dir, text, value)?)
    } else if kubernetes::is_kubernetes(&value) || cloudformation::is_cloudformation(&value) {
        // JSON is YAML: reuse the YAML path for per-attribute positions when the layout allows it.
        match yaml(file, dir, text) {
            Ok(result) => Ok(result),
            Err(_) => Ok(Normalized::Skipped { reason: "JSON manifest with a layout the YAML reader rejects".into() }),
        }
    } else {
        Ok(Normalized::Skipped { reason: "JSON of no known format".into() })
    }
}

/// Parses JSON with serde_json's located errors (and its recursion limit against deep nesting).
pub fn parse_json(text: &str) -> Result<Value, FileError> {
    serde_json::from_str(text).map_err(|e| FileError {
        message: format!("invalid JSON: {}", strip_position(&e.to_string())),
        line: e.line().max(1),
        column: e.column().max(1),
    })
}

fn strip_position(message: &str) -> &str {
    message.rsplit_once(" at line ").map_or(message, |(m, _)| m)
}
