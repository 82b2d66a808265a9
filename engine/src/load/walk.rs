//! Walking the scan paths: `.gitignore` respected, `.terraform/`, `.git/` and `node_modules/` skipped,
//! config include/exclude globs applied, Helm templates and Kustomize files set aside.

use std::path::{Path, PathBuf};

use globset::GlobSet;

use super::{Format, display_path, format_of};

/// A file to read and normalize.
#[derive(Debug, Clone)]
pub struct FileRef {
    pub path: PathBuf,
    /// The path as shown in reports.
    pub display: String,
    pub format: Format,
}

/// A file set aside without reading, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub path: String,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<FileRef>,
    pub skipped: Vec<Skip>,
    /// Files of no format tollgate reads (counted, not listed).
    pub unknown_format: usize,
    /// Helm chart templates found (they need `helm template` to become YAML).
    pub helm_templates: Vec<String>,
    /// Paths given that do not exist or cannot be read.
    pub missing: Vec<(String, String)>,
}

const SKIPPED_DIRS: [&str; 3] = [".git", ".terraform", "node_modules"];

/// Finds the files under `paths`. `exclude` and `include` match display paths.
pub fn discover(paths: &[PathBuf], exclude: &GlobSet, include: Option<&GlobSet>) -> Discovery {
    let mut found = Discovery::default();
    for root in paths {
        if let Err(err) = std::fs::metadata(root) {
            found.missing.push((display_path(root), err.to_string()));
            continue;
        }
        let walker = ignore::WalkBuilder::new(root)
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
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    found.missing.push((display_path(root), err.to_string()));
                    continue;
                }
            };
            if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            classify(entry.path(), exclude, include, &mut found);
        }
    }
    found
}

fn classify(path: &Path, exclude: &GlobSet, include: Option<&GlobSet>, found: &mut Discovery) {
    let display = display_path(path);
    if exclude.is_match(&display) || include.is_some_and(|inc| !inc.is_match(&display)) {
        found.skipped.push(Skip {
            path: display,
            reason: "excluded by configuration".into(),
        });
        return;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let Some(format) = format_of(&name) else {
        found.unknown_format += 1;
        return;
    };
    if format == Format::Yaml && is_helm_template(path) {
        found.helm_templates.push(display);
        return;
    }
    if crate::config::CONFIG_NAMES.contains(&name.as_str()) {
        found.skipped.push(Skip {
            path: display,
            reason: "tollgate configuration".into(),
        });
        return;
    }
    if format == Format::Yaml && is_kustomization(&name) {
        found.skipped.push(Skip {
            path: display,
            reason: "Kustomize configuration, not resources".into(),
        });
        return;
    }
    found.files.push(FileRef {
        path: path.to_path_buf(),
        display,
        format,
    });
}

fn is_kustomization(name: &str) -> bool {
    matches!(
        name,
        "kustomization.yaml" | "kustomization.yml" | "Kustomization"
    )
}

/// A file under `templates/` of a chart (a directory with `Chart.yaml`).
pub fn is_helm_template(path: &Path) -> bool {
    path.ancestors().skip(1).any(|dir| {
        dir.file_name().is_some_and(|n| n == "templates")
            && dir.parent().is_some_and(|c| c.join("Chart.yaml").is_file())
    })
}
