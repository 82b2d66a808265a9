//! What `cost --base REV` takes from the base revision: the config's budgets and the usage file. A pull
//! request that loosens a budget or lowers its own usage figures cannot change its own verdict; such an
//! edit is reported as a warning for the reviewer, as `check --base` does for rules and config.

use std::path::{Path, PathBuf};

use tollgate_engine::config::{Budget, CONFIG_NAMES};
use tollgate_engine::cost::usage::Usage;
use tollgate_engine::git::{self, Entry, Repo, Side};

use super::git_scan::config_at;

/// The base revision's budgets and usage, and the warnings for what the change edits of them.
pub struct FromBase {
    pub budgets: Vec<Budget>,
    pub usage: Usage,
    pub warnings: Vec<String>,
}

/// Reads the config (in the first scanned directory, else at the root) and `usage_file` as `rev` has
/// them. A file the base does not have counts as absent: no budgets, no usage.
pub fn read(rev: &str, paths: &[PathBuf], usage_file: Option<&Path>) -> Result<FromBase, String> {
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    let repo = Repo::discover(&cwd).map_err(|e| e.to_string())?;
    let base = Side::Revision(rev.to_owned());
    let entries = repo.entries(&base).map_err(|e| e.to_string())?;
    let first_dir = git::repo_relative(repo.workdir(), &cwd, &paths[..paths.len().min(1)])
        .map_err(|e| e.to_string())?
        .into_iter()
        .next()
        .unwrap_or_default();
    // As plain `cost` finds it on disk (the first scanned directory), else at the root.
    let config_paths: Vec<String> = [first_dir.as_str(), ""]
        .iter()
        .flat_map(|dir| CONFIG_NAMES.iter().map(move |name| format!("{dir}/{name}").trim_start_matches('/').to_owned()))
        .collect();
    let mut warnings = Vec::new();
    let config_path = config_paths.iter().find(|p| entries.iter().any(|e| &e.path == *p));
    let budgets = match config_path {
        Some(path) => config_at(&repo, &base, &entries, path)
            .map_err(|e| format!("{rev}:{e}"))?
            .map(|c| c.budgets)
            .unwrap_or_default(),
        None => Vec::new(),
    };
    for path in config_paths.iter().filter(|p| edited(&repo, &entries, p)) {
        warnings.push(format!("this change edits {path}; the budgets are the base revision's ({rev})"));
    }
    let mut usage = Usage::default();
    if let Some(file) = usage_file {
        let path = git::repo_relative(repo.workdir(), &cwd, &[file.to_path_buf()])
            .map_err(|e| e.to_string())?
            .pop()
            .unwrap_or_default();
        if let Some(entry) = entries.iter().find(|e| e.path == path) {
            let file = repo.read(&base, std::slice::from_ref(entry)).map_err(|e| e.to_string())?;
            usage = Usage::parse(&String::from_utf8_lossy(&file[0].data))
                .map_err(|e| format!("{rev}:{path}:{}:{}: {}", e.line, e.column, e.message))?;
        }
        if edited(&repo, &entries, &path) {
            warnings.push(format!("this change edits {path}; the usage figures are the base revision's ({rev})"));
        }
    }
    Ok(FromBase { budgets, usage, warnings })
}

/// Whether the work tree's `path` differs from the base's (added, changed or removed): blob ids compared,
/// the base's content is not read.
fn edited(repo: &Repo, entries: &[Entry], path: &str) -> bool {
    let at_base = entries.iter().find(|e| e.path == path).map(|e| e.id);
    let now = repo.workdir().and_then(|root| std::fs::read(root.join(path)).ok()).map(|data| git::blob_id(&data));
    at_base != now
}
