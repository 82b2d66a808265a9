//! The stat index: path, size and mtime to blob id, so unchanged work-tree files are not hashed again.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::{VERSION, write_atomically};

#[derive(Debug, Default, Serialize, Deserialize)]
struct Stats {
    version: String,
    /// Absolute path to (size, mtime in ns, blob id).
    files: BTreeMap<String, (u64, u128, String)>,
}

#[derive(Debug, Default)]
pub struct StatIndex {
    stats: Mutex<Stats>,
    changed: Mutex<bool>,
}

impl StatIndex {
    pub fn load(path: &Path) -> StatIndex {
        let stats = std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Stats>(&bytes).ok())
            .filter(|s| s.version == VERSION)
            .unwrap_or_default();
        StatIndex { stats: Mutex::new(stats), changed: Mutex::new(false) }
    }

    /// The blob id of a file, from the index when its size and mtime are unchanged, else hashed.
    pub fn blob_id(&self, path: &Path, data: impl FnOnce() -> Option<Vec<u8>>) -> Option<String> {
        let absolute = std::path::absolute(path).ok()?.to_string_lossy().into_owned();
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
        if settled && let (Ok(mut stats), Ok(mut changed)) = (self.stats.lock(), self.changed.lock()) {
            stats.files.insert(absolute, (meta.len(), mtime, id.clone()));
            *changed = true;
        }
        Some(id)
    }

    pub fn save(&self, path: &Path) {
        if !self.changed.lock().map(|c| *c).unwrap_or(false) {
            return;
        }
        if let Ok(mut stats) = self.stats.lock() {
            stats.version = VERSION.to_owned();
            if let Ok(bytes) = serde_json::to_vec(&*stats) {
                write_atomically(path, &bytes);
            }
        }
    }
}
