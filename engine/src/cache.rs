//! The scan cache: what a file normalized to and what the per-resource rules found in it, keyed by the
//! file's git blob id + the rule-set hash + the tollgate version (+ its path, which resources carry).
//! An unchanged file is neither parsed nor evaluated again. A stat index (path, size, mtime to blob id)
//! spares re-hashing unchanged work-tree files. Entries that do not parse or carry another key (corrupt,
//! foreign, from another version) are ignored and rewritten, never trusted.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::report::model::ReportError;
use crate::resource::Resource;

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What became of a file, as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum CachedResult {
    Resources,
    Skipped(String),
    Error(ReportError),
}

/// A per-resource rule result, by rule id and the resource's index within the file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CachedFinding {
    pub rule_file: String,
    pub resource: usize,
    pub message: String,
    pub attribute: Option<String>,
    pub is_warning: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileEntry {
    pub key: String,
    pub result: CachedResult,
    pub resources: Vec<Resource>,
    pub findings: Vec<CachedFinding>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct StatIndex {
    version: String,
    /// Absolute path to (size, mtime in ns, blob id).
    files: BTreeMap<String, (u64, u128, String)>,
}

pub struct Cache {
    dir: PathBuf,
    ruleset: String,
    stats: Mutex<StatIndex>,
    stats_changed: Mutex<bool>,
}

impl Cache {
    /// Opens (creating if needed) a cache directory for one rule set.
    pub fn open(dir: &Path, ruleset: String) -> Cache {
        let stats = std::fs::read(dir.join("stat-index.json"))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<StatIndex>(&bytes).ok())
            .filter(|s| s.version == VERSION)
            .unwrap_or_default();
        Cache { dir: dir.to_path_buf(), ruleset, stats: Mutex::new(stats), stats_changed: Mutex::new(false) }
    }

    /// The blob id of a work-tree file, from the stat index when its size and mtime are unchanged.
    pub fn blob_id_of_file(&self, path: &Path, data: impl FnOnce() -> Option<Vec<u8>>) -> Option<String> {
        let absolute = std::fs::canonicalize(path).ok()?.to_string_lossy().into_owned();
        let meta = std::fs::metadata(path).ok()?;
        let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        if let Ok(stats) = self.stats.lock()
            && let Some((size, time, id)) = stats.files.get(&absolute)
            && *size == meta.len()
            && *time == mtime
        {
            return Some(id.clone());
        }
        let id = crate::git::blob_id(&data()?).to_string();
        // A file written within the last seconds may change again without its mtime moving ("racy git"):
        // hash it, but do not remember its stat.
        let settled = std::time::SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .is_ok_and(|now| now.as_nanos().saturating_sub(mtime) > 2_000_000_000);
        if settled && let (Ok(mut stats), Ok(mut changed)) = (self.stats.lock(), self.stats_changed.lock()) {
            stats.files.insert(absolute, (meta.len(), mtime, id.clone()));
            *changed = true;
        }
        Some(id)
    }

    /// The cache key of a file.
    pub fn key(&self, display: &str, blob_id: &str) -> String {
        let digest = Sha256::digest(format!("{VERSION}\0{}\0{display}\0{blob_id}", self.ruleset));
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(&key[..2]).join(format!("{key}.json"))
    }

    /// A stored entry, if it is readable and really is the entry for `key`.
    pub fn load(&self, key: &str) -> Option<FileEntry> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        serde_json::from_slice::<FileEntry>(&bytes).ok().filter(|e| e.key == key)
    }

    /// Stores an entry (write to a temporary file, then rename, so readers never see half an entry).
    pub fn store(&self, entry: &FileEntry) {
        let path = self.path(&entry.key);
        let Some(parent) = path.parent() else { return };
        if std::fs::create_dir_all(parent).is_err() {
            return;
        }
        let Ok(bytes) = serde_json::to_vec(entry) else { return };
        let temporary = path.with_extension(format!("tmp{}", std::process::id()));
        if std::fs::write(&temporary, bytes).is_ok() {
            let _ = std::fs::rename(&temporary, &path);
        }
    }

    /// Saves the stat index if it changed.
    pub fn finish(&self) {
        let changed = self.stats_changed.lock().map(|c| *c).unwrap_or(false);
        if !changed {
            return;
        }
        if let Ok(mut stats) = self.stats.lock() {
            stats.version = VERSION.to_owned();
            if std::fs::create_dir_all(&self.dir).is_ok()
                && let Ok(bytes) = serde_json::to_vec(&*stats)
            {
                let temporary = self.dir.join(format!("stat-index.json.tmp{}", std::process::id()));
                if std::fs::write(&temporary, bytes).is_ok() {
                    let _ = std::fs::rename(temporary, self.dir.join("stat-index.json"));
                }
            }
        }
    }
}

/// The default cache directory: `$XDG_CACHE_HOME/tollgate`, else `~/.cache/tollgate`.
pub fn default_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|d| d.join("tollgate"))
}

/// A hash of everything that decides per-resource rule results: rule sources and the configuration.
pub fn ruleset_hash(rules: &[crate::evaluate::rule::Rule], config: &crate::config::Config) -> String {
    let mut hasher = Sha256::new();
    for rule in rules {
        hasher.update(rule.file.as_bytes());
        hasher.update(rule.source_hash.as_bytes());
    }
    hasher.update(format!("{config:?}").as_bytes());
    hasher.finalize()[..16].iter().map(|b| format!("{b:02x}")).collect()
}
