//! Fixes as exact text edits: located with hcl-edit's spans, applied by splicing the original bytes,
//! so everything outside an edit (comments, ordering, indentation, blank lines) stays byte-identical.
//! Every fix is verified by re-checking before it is shown or written.

pub mod cost_check;
pub mod drift_fix;
pub mod hcl_locate;
pub mod hcl_render;
pub mod hcl_set;
pub mod import;
pub mod json_set;
pub mod plan;
pub mod rounds;
pub mod rule_fix;
pub mod var_source;
pub mod verify;
pub mod yaml_set;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Replace `range` of a file's text with `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEdit {
    pub file: String,
    pub range: Range<usize>,
    pub text: String,
}

/// Where a fix stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FixStatus {
    /// Applied to a copy in memory, re-checked: the targeted difference is gone and nothing new appeared.
    Verified,
    /// The re-check failed: never shown as a diff, never written.
    Unverified,
    /// No edit could be made (the value comes from an expression, a module, ...): the reason says why.
    Declined,
}

/// Applies edits to one text; edits must not overlap.
pub fn apply(text: &str, edits: &[&TextEdit]) -> Result<String, String> {
    let mut sorted: Vec<&&TextEdit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    for pair in sorted.windows(2) {
        if pair[0].range.end > pair[1].range.start {
            return Err(format!("edits overlap at bytes {}..{}", pair[1].range.start, pair[0].range.end));
        }
    }
    let mut out = text.to_owned();
    for edit in sorted.iter().rev() {
        if edit.range.end > out.len()
            || !out.is_char_boundary(edit.range.start)
            || !out.is_char_boundary(edit.range.end)
        {
            return Err(format!("edit at bytes {:?} is outside the file", edit.range));
        }
        out.replace_range(edit.range.clone(), &edit.text);
    }
    Ok(out)
}

/// The edited text of every file the edits touch, from the original texts (`None`: a new file).
pub fn apply_all(
    originals: &BTreeMap<String, Option<String>>,
    edits: &[&TextEdit],
) -> Result<BTreeMap<String, String>, String> {
    let mut by_file: BTreeMap<&str, Vec<&TextEdit>> = BTreeMap::new();
    for edit in edits {
        by_file.entry(edit.file.as_str()).or_default().push(edit);
    }
    by_file
        .into_iter()
        .map(|(file, edits)| {
            let original = originals.get(file).cloned().flatten().unwrap_or_default();
            apply(&original, &edits).map(|text| (file.to_owned(), text)).map_err(|e| format!("{file}: {e}"))
        })
        .collect()
}

/// A unified diff of one file (`a/` and `b/` prefixes, three lines of context).
pub fn unified_diff(file: &str, before: &str, after: &str) -> String {
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{file}"), &format!("b/{file}"))
        .to_string()
}

/// Writes a file whole or not at all: to a temporary file beside it, then renamed over it. Refuses
/// when the file changed since it was read (`expected` is what it held then; `None`: it did not exist).
pub fn write_atomically(path: &Path, expected: Option<&str>, text: &str) -> Result<(), String> {
    let now = match std::fs::read(path) {
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("{}: {e}", path.display())),
    };
    if now.as_deref() != expected {
        return Err(format!("{}: changed since it was read; run again", path.display()));
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = dir.join(format!(".{name}.tollgate-{}", std::process::id()));
    std::fs::write(&temp, text).map_err(|e| format!("{}: {e}", path.display()))?;
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.permissions().readonly() {
            let _ = std::fs::remove_file(&temp);
            return Err(format!("{}: read-only", path.display()));
        }
        let _ = std::fs::set_permissions(&temp, meta.permissions());
    }
    std::fs::rename(&temp, path).map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        format!("{}: {e}", path.display())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(range: Range<usize>, text: &str) -> TextEdit {
        TextEdit { file: "f".into(), range, text: text.into() }
    }

    #[test]
    fn edits_splice_and_refuse_overlaps() {
        let (a, b) = (edit(0..1, "A"), edit(4..5, "E"));
        assert_eq!(apply("abcde", &[&b, &a]).unwrap(), "AbcdE");
        assert!(apply("abcde", &[&edit(0..3, "x"), &edit(2..4, "y")]).unwrap_err().contains("overlap"));
        assert!(apply("abc", &[&edit(2..9, "x")]).is_err());
    }

    #[test]
    fn writes_refuse_a_file_changed_since_read() {
        let dir = std::env::temp_dir().join(format!("tollgate-fix-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("main.tf");
        std::fs::write(&path, "a\n").unwrap();
        assert!(write_atomically(&path, Some("b\n"), "c\n").unwrap_err().contains("changed since"));
        write_atomically(&path, Some("a\n"), "c\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "c\n");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1, "no temporary file is left");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
