//! 1 LOAD: find the files to scan, read their bytes and tell their format by name.
//! (Content decides between Kubernetes, CloudFormation, plan and state JSON in `normalize`.)

mod kustomize;
mod shard;
mod walk;

use std::path::Path;

pub use shard::Shard;
pub use walk::{Discovery, FileRef, MemoryFile, Skip, discover, discover_memory};

/// A file format, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Terraform,
    TerraformVars,
    TerraformVarsJson,
    TerraformJson,
    TerraformStateFile,
    Yaml,
    Json,
}

/// The format a file name announces, if any.
pub fn format_of(name: &str) -> Option<Format> {
    let lower = name.to_ascii_lowercase();
    Some(if lower.ends_with(".tf") {
        Format::Terraform
    } else if lower.ends_with(".tfvars") {
        Format::TerraformVars
    } else if lower.ends_with(".tf.json") {
        Format::TerraformJson
    } else if lower.ends_with(".tfvars.json") {
        Format::TerraformVarsJson
    } else if lower.ends_with(".tfstate") || lower.ends_with(".tfstate.backup") {
        Format::TerraformStateFile
    } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
        Format::Yaml
    } else if lower.ends_with(".json") {
        Format::Json
    } else {
        return None;
    })
}

/// A path as tollgate shows it: `/`-separated, without a leading `./`.
pub fn display_path(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut text = text.as_str();
    while let Some(rest) = text.strip_prefix("./") {
        text = rest;
    }
    if text.is_empty() { ".".to_owned() } else { text.to_owned() }
}

/// The directory part of a display path (`.` for a file at the top).
pub fn dir_of(display: &str) -> &str {
    display.rsplit_once('/').map_or(".", |(dir, _)| dir)
}
