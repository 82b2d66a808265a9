//! Walking the scan paths: `.gitignore` respected, `.terraform/`, `.git/` and `node_modules/` skipped,
//! config include/exclude globs applied, Helm templates, Kustomize files and the patches they name set aside. Files already
//! in memory (blobs of a git revision) go through the same classification.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use globset::GlobSet;

use super::{Discovery, FileRef, Format, MemoryFile, Skip, display_path, format_of};

const SKIPPED_DIRS: [&str; 3] = [".git", ".terraform", "node_modules"];

/// Finds the files under `paths`. `exclude` and `include` match display paths.
pub fn discover(paths: &[PathBuf], exclude: &GlobSet, include: Option<&GlobSet>) -> Discovery {
    let mut found = Discovery::default();
    for root in paths {
        if let Err(err) = std::fs::metadata(root) {
            found.missing.push((display_path(root), err.to_string()));
            continue;
        }
        // Walk in parallel, then classify in path order so results do not depend on thread timing.
        let entries = std::sync::Mutex::new(Vec::new());
        ignore::WalkBuilder::new(root)
            .hidden(false)
            .git_ignore(true)
            .git_global(false)
            .git_exclude(true)
            .require_git(false)
            .ignore(false)
            .parents(true)
            .follow_links(false)
            .filter_entry(|e| {
                !(e.depth() > 0
                    && e.file_type().is_some_and(|t| t.is_dir())
                    && SKIPPED_DIRS.iter().any(|d| e.file_name() == *d))
            })
            .build_parallel()
            .run(|| {
                Box::new(|entry| {
                    let item = match entry {
                        Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => Ok(entry.into_path()),
                        Ok(_) => return ignore::WalkState::Continue,
                        Err(err) => Err(err.to_string()),
                    };
                    if let Ok(mut entries) = entries.lock() {
                        entries.push(item);
                    }
                    ignore::WalkState::Continue
                })
            });
        let mut entries = entries.into_inner().unwrap_or_default();
        entries.sort_by(|a, b| match (a, b) {
            (Ok(a), Ok(b)) => a.cmp(b),
            (a, b) => a.is_ok().cmp(&b.is_ok()),
        });
        for entry in entries {
            let path = match entry {
                Ok(path) => path,
                Err(err) => {
                    found.missing.push((display_path(root), err));
                    continue;
                }
            };
            let display = display_path(&path);
            if let Some(format) = classify(&display, exclude, include, || is_helm_template(&path), &mut found) {
                found.files.push(FileRef { path, display, format, data: None, rendered: None });
            } else if is_kustomization(path.file_name().unwrap_or_default().to_str().unwrap_or_default()) {
                let text = std::fs::read(&path).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
                found.kustomizations.push((display, text));
            }
        }
    }
    let kustomizations = found.kustomizations.clone();
    super::kustomize::set_aside_patches(&mut found, &kustomizations);
    found
}

/// Classifies files already in memory (display paths relative to a repository root).
pub fn discover_memory(files: Vec<MemoryFile>, exclude: &GlobSet, include: Option<&GlobSet>) -> Discovery {
    let mut found = Discovery::default();
    let charts: HashSet<&str> = files
        .iter()
        .filter_map(|f| f.display.strip_suffix("Chart.yaml").map(|dir| dir.trim_end_matches('/')))
        .collect();
    let in_chart = |display: &str| {
        let mut dir = display;
        while let Some((parent, name)) = dir.rsplit_once('/') {
            if name == "templates" && charts.contains(parent) {
                return true;
            }
            dir = parent;
        }
        display.starts_with("templates/") && charts.contains("")
    };
    let mut refs = Vec::new();
    for file in &files {
        if file.display.split('/').any(|part| SKIPPED_DIRS.contains(&part)) {
            continue;
        }
        if let Some(format) = classify(&file.display, exclude, include, || in_chart(&file.display), &mut found) {
            let path = PathBuf::from(&file.display);
            refs.push(FileRef {
                path,
                display: file.display.clone(),
                format,
                data: Some(file.data.clone()),
                rendered: None,
            });
        } else if is_kustomization(file.display.rsplit('/').next().unwrap_or_default()) {
            found.kustomizations.push((file.display.clone(), String::from_utf8_lossy(&file.data).into_owned()));
        }
    }
    found.files = refs;
    found.memory_files = files.clone();
    let kustomizations = found.kustomizations.clone();
    super::kustomize::set_aside_patches(&mut found, &kustomizations);
    found
}

/// Decides what becomes of one file: its format when it is to be read, else it is counted or set aside.
fn classify(
    display: &str,
    exclude: &GlobSet,
    include: Option<&GlobSet>,
    is_helm: impl FnOnce() -> bool,
    found: &mut Discovery,
) -> Option<Format> {
    let set_aside = |found: &mut Discovery, reason: &str| {
        found.skipped.push(Skip { path: display.to_owned(), reason: reason.to_owned() });
        None
    };
    if exclude.is_match(display) || include.is_some_and(|inc| !inc.is_match(display)) {
        return set_aside(found, "excluded by configuration");
    }
    let name = display.rsplit_once('/').map_or(display, |(_, n)| n);
    let Some(format) = format_of(name) else {
        found.unknown_format += 1;
        return None;
    };
    if format == Format::Yaml && is_helm() {
        found.helm_templates.push(display.to_owned());
        return None;
    }
    if crate::config::CONFIG_NAMES.contains(&name) {
        return set_aside(found, "tollgate configuration");
    }
    if format == Format::Yaml && is_kustomization(name) {
        return set_aside(found, "Kustomize configuration, not resources");
    }
    Some(format)
}

fn is_kustomization(name: &str) -> bool {
    matches!(name, "kustomization.yaml" | "kustomization.yml" | "Kustomization")
}

/// A file under `templates/` of a chart (a directory with `Chart.yaml`).
pub fn is_helm_template(path: &Path) -> bool {
    path.ancestors().skip(1).any(|dir| {
        dir.file_name().is_some_and(|n| n == "templates")
            && dir.parent().is_some_and(|c| c.join("Chart.yaml").is_file())
    })
}
