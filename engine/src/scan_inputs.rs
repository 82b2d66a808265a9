//! Adjusting what a run reads: the `--plan` file added to the files, and the overlay of files whose
//! text is replaced in memory (how fixes are verified before anything is written).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::load;

/// Replaces the content of overlaid files and adds the overlay's new files.
pub fn apply_overlay(discovery: &mut load::Discovery, overlay: &BTreeMap<String, Arc<[u8]>>) {
    let mut unseen: BTreeMap<&String, &Arc<[u8]>> = overlay.iter().collect();
    for file in &mut discovery.files {
        if let Some(data) = unseen.remove(&file.display) {
            file.data = Some(data.clone());
        }
    }
    for (display, data) in unseen {
        if let Some(format) = load::format_of(display) {
            let path = PathBuf::from(display);
            discovery.files.push(load::FileRef { path, display: display.clone(), format, data: Some(data.clone()) });
        }
    }
}

/// Adds the `--plan` file to the files to read (once, even when the walk found it too); its index.
pub fn add_plan(discovery: &mut load::Discovery, plan: &std::path::Path) -> usize {
    let display = load::display_path(plan);
    discovery.files.retain(|f| f.display != display);
    discovery.files.push(load::FileRef { path: plan.to_path_buf(), display, format: load::Format::Json, data: None });
    discovery.files.len() - 1
}

pub fn blob_hash(path: &std::path::Path) -> String {
    std::fs::read(path).map(|bytes| crate::git::blob_id(&bytes).to_string()).unwrap_or_default()
}
