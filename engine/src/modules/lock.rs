//! The module lock file (`.tollgate-modules.lock.json`, written by `tollgate modules lock`): for each
//! fetched module, its source and constraint, what they resolved to (a version or a commit) and a hash
//! of the module's files, so a later `--locked` run refuses a module whose content changed.

use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The lock file's name, beside the first scanned path.
pub const LOCK_FILE: &str = ".tollgate-modules.lock.json";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LockFile {
    pub version: u32,
    pub modules: Vec<LockedModule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockedModule {
    pub source: String,
    /// The call's `version` (empty when it has none).
    #[serde(default)]
    pub constraint: String,
    /// The registry version, or the git commit / archive URL it resolved to.
    pub resolved: String,
    /// `h1:` and the SHA-256 of the module's files (see [`tree_hash`]).
    pub hash: String,
}

impl LockFile {
    pub fn read(path: &Path) -> Result<LockFile, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}:{}:{}: {e}", path.display(), e.line(), e.column()))
    }

    pub fn write(&self, path: &Path) -> Result<(), String> {
        let text = serde_json::to_string_pretty(self).unwrap_or_default();
        std::fs::write(path, format!("{text}\n")).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn find(&self, source: &str, constraint: &str) -> Option<&LockedModule> {
        self.modules.iter().find(|m| m.source == source && m.constraint == constraint)
    }

    /// Adds or replaces the entry of (source, constraint), keeping the list sorted.
    pub fn put(&mut self, entry: LockedModule) {
        self.modules.retain(|m| !(m.source == entry.source && m.constraint == entry.constraint));
        self.modules.push(entry);
        self.modules.sort_by(|a, b| (&a.source, &a.constraint).cmp(&(&b.source, &b.constraint)));
        self.version = 1;
    }
}

/// A hash of every file under `dir` (relative paths with `/`, sorted, each path and content
/// hashed), `.git` excluded: equal for equal module trees wherever they are unpacked.
pub fn tree_hash(dir: &Path) -> Result<String, String> {
    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    files.sort();
    let mut hasher = Sha256::new();
    for relative in files {
        let data = std::fs::read(dir.join(&relative)).map_err(|e| format!("{relative}: {e}"))?;
        hasher.update(relative.as_bytes());
        hasher.update([0]);
        hasher.update(Sha256::digest(&data));
    }
    Ok(format!("h1:{}", hex::encode(hasher.finalize())))
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| e.to_string())?;
        if entry.file_name() == ".git" {
            continue;
        }
        if kind.is_dir() {
            collect(root, &path, out)?;
        } else if kind.is_file() {
            let relative = path.strip_prefix(root).map_err(|e| e.to_string())?;
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_follows_content_not_location() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        for dir in [a.path(), b.path()] {
            std::fs::create_dir_all(dir.join("modules/x")).unwrap();
            std::fs::write(dir.join("main.tf"), "variable \"acl\" {}\n").unwrap();
            std::fs::write(dir.join("modules/x/main.tf"), "\n").unwrap();
        }
        assert_eq!(tree_hash(a.path()), tree_hash(b.path()));
        std::fs::write(b.path().join("main.tf"), "variable \"acl\" { default = \"public-read\" }\n").unwrap();
        assert_ne!(tree_hash(a.path()), tree_hash(b.path()));
    }
}
