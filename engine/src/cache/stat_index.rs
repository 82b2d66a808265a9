//! The stat index: path, size and mtime to blob id, so unchanged work-tree files are not hashed again.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::{VERSION, write_atomically};

/// A file's size, mtime in nanoseconds and blob id.
type Stat = (u64, u128, String);

#[derive(Debug, Default, Serialize, Deserialize)]
struct Stats {
    version: String,
    /// Absolute path to its stat.
    files: HashMap<String, Stat>,
}

/// Read without locks; files hashed in this run are collected aside and merged on save.
#[derive(Debug, Default)]
pub struct StatIndex {
    /// The working directory, read once (relative paths are keyed by their absolute form).
    cwd: std::path::PathBuf,
    known: Stats,
    added: Mutex<Vec<(String, Stat)>>,
}

impl StatIndex {
    pub fn load(path: &Path) -> StatIndex {
        let stats = std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Stats>(&bytes).ok())
            .filter(|s| s.version == VERSION)
            .unwrap_or_default();
        StatIndex { cwd: std::env::current_dir().unwrap_or_default(), known: stats, added: Mutex::new(Vec::new()) }
    }

    /// The blob id of a file, from the index when its size and mtime are unchanged, else hashed.
    pub fn blob_id<'a>(
        &self,
        path: &Path,
        meta: Option<&std::fs::Metadata>,
        data: impl FnOnce() -> Option<&'a [u8]>,
    ) -> Option<String> {
        let absolute = self.cwd.join(path).to_string_lossy().into_owned();
        let stat;
        let meta = match meta {
            Some(meta) => meta,
            None => {
                stat = std::fs::metadata(path).ok()?;
                &stat
            }
        };
        let mtime = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        if let Some((size, time, id)) = self.known.files.get(&absolute)
            && *size == meta.len()
            && *time == mtime
        {
            return Some(id.clone());
        }
        let id = crate::git::blob_id(data()?).to_string();
        // A file written within the last seconds may change again without its mtime moving ("racy git"):
        // hash it, but do not remember its stat.
        let settled = std::time::SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .is_ok_and(|now| now.as_nanos().saturating_sub(mtime) > 2_000_000_000);
        if settled && let Ok(mut added) = self.added.lock() {
            added.push((absolute, (meta.len(), mtime, id.clone())));
        }
        Some(id)
    }

    pub fn save(&self, path: &Path) {
        let Ok(added) = self.added.lock() else { return };
        if added.is_empty() {
            return;
        }
        let mut files = self.known.files.clone();
        files.extend(added.iter().cloned());
        let stats = Stats { version: VERSION.to_owned(), files };
        if let Ok(bytes) = serde_json::to_vec(&stats) {
            write_atomically(path, &bytes);
        }
    }
}
