//! `--audit-log FILE`: one JSON line per model call or cache hit (time, model, rule, finding, prompt
//! hash, token counts, cache hit, outcome), appended, for a security team to review what was sent.

use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

use serde_json::{Value, json};

pub struct AuditLog {
    file: Option<Mutex<std::fs::File>>,
}

impl AuditLog {
    /// Opens the log for appending; a log that cannot be opened is reported once and skipped.
    pub fn open(path: Option<&Path>) -> AuditLog {
        let file = path.and_then(|p| {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(p)
                .map_err(|e| eprintln!("warning: cannot open the audit log {}: {e}", p.display()))
                .ok()
        });
        AuditLog { file: file.map(Mutex::new) }
    }

    pub fn write(&self, entry: Entry) {
        if let Some(file) = &self.file
            && let Ok(mut file) = file.lock()
        {
            let _ = writeln!(file, "{}", entry.0);
        }
    }
}

/// One line of the log.
pub struct Entry(Value);

impl Entry {
    pub fn new(model: &str, rule_id: &str, fingerprint: &str, prompt_hash: &str) -> Entry {
        Entry(json!({
            "time": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "model": model,
            "rule_id": rule_id,
            "finding": fingerprint,
            "prompt_hash": prompt_hash,
            "prompt_tokens": 0,
            "completion_tokens": 0,
            "cache_hit": false,
            "outcome": "",
        }))
    }

    pub fn tokens(mut self, prompt: u64, completion: u64) -> Entry {
        self.0["prompt_tokens"] = json!(prompt);
        self.0["completion_tokens"] = json!(completion);
        self
    }

    pub fn outcome(mut self, outcome: &str) -> Entry {
        self.0["outcome"] = json!(outcome);
        self
    }

    pub fn cache_hit(mut self) -> Entry {
        self.0["cache_hit"] = json!(true);
        self.outcome("cached")
    }
}
