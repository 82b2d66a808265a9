//! What `cost --base REV` takes from the base revision: the config's budgets and the usage file. A pull
//! request that loosens a budget or lowers its own usage figures cannot change its own verdict; such an
//! edit is reported as a warning for the reviewer, as `check --base` does for rules and config.

use std::path::{Path, PathBuf};

use tollgate_engine::config::{self, Budget, CONFIG_NAMES};
use tollgate_engine::cost::usage::Usage;
use tollgate_engine::git::{self, Entry, Repo, Side};

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
    let config_paths: Vec<String> = CONFIG_NAMES
        .iter()
        .flat_map(|name| [format!("{first_dir}/{name}"), (*name).to_owned()])
        .map(|p| p.trim_start_matches('/').to_owned())
        .collect();
    let mut warnings = Vec::new();
    let mut budgets = Vec::new();
    if let Some(path) = config_paths.iter().find(|p| entries.iter().any(|e| &e.path == *p)) {
        let text = text_of(&repo, &base, &entries, path)?.unwrap_or_default();
        let parsed = config::parse_text(path, &text).map_err(|errors| {
            let e = &errors[0];
            format!("{rev}:{}:{}:{}: {} ({})", e.file, e.line, e.column, e.message, e.key)
        })?;
        budgets = parsed.budgets;
    }
    for path in config_paths.iter().filter(|p| edited(&repo, &base, &entries, p)) {
        warnings.push(format!("this change edits {path}; the budgets are the base revision's ({rev})"));
    }
    let mut usage = Usage::default();
    if let Some(file) = usage_file {
        let path = git::repo_relative(repo.workdir(), &cwd, &[file.to_path_buf()])
            .map_err(|e| e.to_string())?
            .pop()
            .unwrap_or_default();
        if let Some(text) = text_of(&repo, &base, &entries, &path)? {
            usage = Usage::parse(&text).map_err(|e| format!("{rev}:{path}:{}:{}: {}", e.line, e.column, e.message))?;
        }
        if edited(&repo, &base, &entries, &path) {
            warnings.push(format!("this change edits {path}; the usage figures are the base revision's ({rev})"));
        }
    }
    Ok(FromBase { budgets, usage, warnings })
}

/// The text of `path` at the base, if it has it.
fn text_of(repo: &Repo, side: &Side, entries: &[Entry], path: &str) -> Result<Option<String>, String> {
    let Some(entry) = entries.iter().find(|e| e.path == path) else {
        return Ok(None);
    };
    let files = repo.read(side, std::slice::from_ref(entry)).map_err(|e| e.to_string())?;
    Ok(files.first().map(|f| String::from_utf8_lossy(&f.data).into_owned()))
}

/// Whether the work tree's `path` differs from the base's (added, changed or removed).
fn edited(repo: &Repo, side: &Side, entries: &[Entry], path: &str) -> bool {
    let at_base = text_of(repo, side, entries, path).ok().flatten();
    let now = repo.workdir().and_then(|root| std::fs::read(root.join(path)).ok());
    at_base.map(String::into_bytes) != now
}
