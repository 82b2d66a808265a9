//! The answer cache: one JSON file per (rule, redacted block, model, prompt version) key, so a
//! re-run on an unchanged pull request asks nothing. Unreadable entries count as misses.

use std::path::Path;

use serde_json::Value;

pub fn read(dir: Option<&Path>, key: &str) -> Option<Value> {
    let text = std::fs::read_to_string(dir?.join(format!("{key}.json"))).ok()?;
    serde_json::from_str(&text).ok()
}

/// Writes atomically (a temporary file renamed); a cache that cannot be written is skipped.
pub fn write(dir: Option<&Path>, key: &str, value: &Value) {
    let Some(dir) = dir else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let temporary = dir.join(format!(".{key}.{}.tmp", std::process::id()));
    if std::fs::write(&temporary, value.to_string()).is_ok() {
        let _ = std::fs::rename(&temporary, dir.join(format!("{key}.json")));
    }
}
