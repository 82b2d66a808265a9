//! 1 LOAD: receives paths (or files in memory) and include/exclude globs; returns a `Discovery`: the
//! files to read with their format told by name, what was set aside and why, and the missing paths.
//! (Content decides between Kubernetes, CloudFormation, plan and state JSON in `normalize`.)

mod kustomize;
mod shard;
mod walk;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use shard::Shard;
pub use walk::{discover, discover_memory};

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

/// A file to read and normalize.
#[derive(Debug, Clone)]
pub struct FileRef {
    pub path: PathBuf,
    /// The path as shown in reports.
    pub display: String,
    pub format: Format,
    /// The content, when it does not come from `path` (a blob of a git revision, a rendered template).
    pub data: Option<Arc<[u8]>>,
    /// For a rendered template: where each line of `data` came from.
    pub rendered: Option<Arc<RenderedFrom>>,
}

/// The template behind a rendered file: its text, and for each rendered line (0-based) the template
/// line (1-based) it came from.
#[derive(Debug)]
pub struct RenderedFrom {
    pub template: Arc<str>,
    pub lines: Vec<usize>,
    /// For each rendered line (0-based), where its value was written when elsewhere (a values file,
    /// a patch); empty when nothing was traced.
    pub origins: Vec<Option<LineOrigin>>,
}

/// Where a rendered line's value was written.
#[derive(Debug, Clone)]
pub struct LineOrigin {
    pub file: String,
    pub line: usize,
    /// `values file`, `patch`.
    pub role: &'static str,
}

impl RenderedFrom {
    /// The template line of a rendered line (1-based both).
    pub fn line(&self, rendered: usize) -> usize {
        self.lines.get(rendered.saturating_sub(1)).copied().unwrap_or(1)
    }
}

/// A file whose content is already in memory, named by its display path.
#[derive(Debug, Clone)]
pub struct MemoryFile {
    pub display: String,
    pub data: Arc<[u8]>,
}

/// A file set aside without reading, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub path: String,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<FileRef>,
    pub skipped: Vec<Skip>,
    /// Files of no format tollgate reads (counted, not listed).
    pub unknown_format: usize,
    /// Helm chart templates found (they need `helm template` to become YAML).
    pub helm_templates: Vec<String>,
    /// Paths given that do not exist or cannot be read.
    pub missing: Vec<(String, String)>,
    /// Kustomization files (display path, text): the patches they name are set aside.
    pub kustomizations: Vec<(String, String)>,
    /// In memory only: every file given (charts and overlays are read from them).
    pub memory_files: Vec<MemoryFile>,
}
