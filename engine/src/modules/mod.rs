//! Terraform modules from outside the repository (registry, git, archives): their sources parsed,
//! version constraints resolved, calls listed, and the modules the CLI fetched (into the cache) made
//! visible to Terraform evaluation. The engine never fetches: `cli/src/modules` does, with the flag.

pub mod calls;
pub mod lock;
pub mod source;
pub mod version;

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

/// Modules fetched before the scan, by (source, version constraint) as a `module` block writes them.
#[derive(Debug, Clone, Default)]
pub struct FetchedModules {
    /// The module's directory (the package's, with any `//subdir`), as a display path.
    pub dirs: BTreeMap<(String, String), String>,
    /// The folder fetched packages live in: files under it are not the user's to edit.
    pub root: String,
    /// Calls that could not be fetched (warnings), or whose content the lock file refuses (errors).
    pub failures: Vec<FetchFailure>,
}

/// A module call left unevaluated by `--download-modules`, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchFailure {
    /// `module "NAME"` of the call.
    pub module: String,
    pub source: String,
    pub file: String,
    pub line: usize,
    pub reason: String,
    /// A `--locked` mismatch: an error, not a warning.
    pub refused: bool,
}

impl FetchedModules {
    /// The directory of a fetched module call.
    pub fn dir(&self, source: &str, version: &str) -> Option<&str> {
        self.dirs.get(&(source.to_owned(), version.to_owned())).map(String::as_str)
    }

    /// Whether a file is inside a fetched module.
    pub fn holds(&self, file: &str) -> bool {
        let root = self.root.trim_end_matches('/');
        !root.is_empty() && file.strip_prefix(root).is_some_and(|rest| rest.starts_with('/'))
    }

    /// A digest of what was fetched (part of the Terraform stage's cache key).
    pub fn digest(&self) -> String {
        let mut hasher = Sha256::new();
        for ((source, version), dir) in &self.dirs {
            hasher.update(format!("{source}\0{version}\0{dir}\n").as_bytes());
        }
        hex::encode(&hasher.finalize()[..8])
    }
}
