//! What fix commands print: unified diffs of the verified edits, one line per fix with its status, or
//! JSON (`schemas/fix.schema.json`); and writing the verified edits, each file whole or not at all.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Value, json};
use tollgate_engine::fix::{unified_diff, write_atomically};

use super::{EXIT_ERROR, Exit};

/// One edited file: its unified diff.
#[derive(Serialize)]
pub struct FileDiff {
    pub file: String,
    pub diff: String,
}

/// The diffs of the edited texts against the originals.
pub fn diffs(originals: &BTreeMap<String, Option<String>>, edited: &BTreeMap<String, String>) -> Vec<FileDiff> {
    edited
        .iter()
        .map(|(file, text)| FileDiff {
            file: file.clone(),
            diff: unified_diff(file, originals.get(file).cloned().flatten().as_deref().unwrap_or(""), text),
        })
        .collect()
}

/// Writes the edited files; the files written, and whether any write failed.
pub fn write(originals: &BTreeMap<String, Option<String>>, edited: &BTreeMap<String, String>) -> (Vec<String>, bool) {
    let mut written = Vec::new();
    let mut failed = false;
    for (file, text) in edited {
        let expected = originals.get(file).cloned().flatten();
        match write_atomically(Path::new(file), expected.as_deref(), text) {
            Ok(()) => written.push(file.clone()),
            Err(message) => {
                eprintln!("error: {message}");
                failed = true;
            }
        }
    }
    (written, failed)
}

/// A serialized enum's name (`verified`, `codify`).
pub fn name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// The end of a fix command: diffs of the verified edits, written with `write`, printed; exit 0 when
/// every fix is verified, 1 when some are not, 2 when a write or the output failed.
pub struct Finish<'a> {
    pub write: bool,
    pub format: &'a str,
    pub output: Option<&'a PathBuf>,
    pub originals: &'a BTreeMap<String, Option<String>>,
    pub edited: &'a BTreeMap<String, String>,
    pub fixes: Value,
    pub lines: Vec<String>,
    pub all_verified: bool,
    /// Model-proposed fixes dropped because verification failed (`fix --propose`).
    pub discarded_proposals: usize,
}

pub fn finish(end: Finish<'_>) -> Exit {
    let diffs = diffs(end.originals, end.edited);
    let mut code = if end.all_verified { 0 } else { 1 };
    let mut written = Vec::new();
    if end.write {
        let (files, failed) = write(end.originals, end.edited);
        written = files;
        if failed {
            code = EXIT_ERROR;
        }
    }
    let mut lines = end.lines;
    if end.discarded_proposals > 0 {
        lines.push(format!("{} model-proposed fixes discarded: not verified", end.discarded_proposals));
    }
    let listed = Listed { fixes: end.fixes, discarded_proposals: end.discarded_proposals };
    match emit(end.format, end.output, listed, &diffs, &lines, &written) {
        Ok(()) => code,
        Err(code) => code,
    }
}

/// The fixes as JSON, and how many model proposals were dropped.
pub struct Listed {
    pub fixes: Value,
    pub discarded_proposals: usize,
}

/// Prints (or writes to `output`) the fixes: `lines` are the human lines, one per fix.
pub fn emit(
    format: &str,
    output: Option<&PathBuf>,
    listed: Listed,
    diffs: &[FileDiff],
    lines: &[String],
    written: &[String],
) -> Result<(), Exit> {
    let text = if format == "json" {
        let mut value = json!({"version": 1, "fixes": listed.fixes, "diffs": diffs, "written": written});
        if listed.discarded_proposals > 0 {
            value["discarded_proposals"] = json!(listed.discarded_proposals);
        }
        serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
    } else {
        let mut out: String = diffs.iter().map(|d| d.diff.as_str()).collect();
        if lines.is_empty() {
            out.push_str("nothing to fix\n");
        }
        lines.iter().for_each(|l| out.push_str(&format!("{l}\n")));
        written.iter().for_each(|f| out.push_str(&format!("wrote {f}\n")));
        out
    };
    super::emit(output.map(PathBuf::as_path), &text)
}
