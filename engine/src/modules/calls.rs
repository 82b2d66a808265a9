//! The module calls of one directory's Terraform, read without evaluating it: each call's source,
//! its `version` constraint and where it is written, for fetching before a scan.

use std::path::Path;

use crate::normalize::terraform::parse::parse_file;

/// One `module` block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallRef {
    pub name: String,
    pub source: String,
    /// The literal `version` (empty when absent).
    pub version: String,
    pub file: String,
    pub line: usize,
}

/// The module calls of the `.tf` files directly in `dir` (sorted by file and line), and the files
/// that did not parse (the scan reports those itself).
pub fn calls_in(dir: &Path) -> Vec<CallRef> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "tf") && p.is_file())
        .collect();
    files.sort();
    let mut calls = Vec::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let shown = crate::load::display_path(&path);
        let Ok(parsed) = parse_file(&shown, &text) else { continue };
        for block in parsed.body.blocks.iter().filter(|b| b.ident == "module") {
            let literal = |name: &str| match block.body.attribute(name).map(|a| &a.expr) {
                Some(hcl::Expression::String(s)) => Some(s.clone()),
                _ => None,
            };
            let (Some(name), Some(source)) = (block.labels.first(), literal("source")) else { continue };
            calls.push(CallRef {
                name: name.clone(),
                source,
                version: literal("version").unwrap_or_default(),
                file: shown.clone(),
                line: block.location.line,
            });
        }
    }
    calls
}
