//! `--download-modules`: before a scan, every registry, git and archive module the scanned Terraform
//! calls (and the modules those call) is fetched into the cache, or found there (then nothing is
//! requested); the engine evaluates them like modules `terraform init` downloaded. A call that
//! cannot be fetched stays "not evaluated" with a warning naming it and why; the scan goes on.

mod fetch;
mod git;
mod http;
mod registry;
mod terraformrc;
mod unpack;

use std::collections::{BTreeSet, VecDeque};
use std::path::{Path, PathBuf};
use std::time::Duration;

use tollgate_engine::load::display_path;
use tollgate_engine::modules::calls::calls_in;
use tollgate_engine::modules::lock::{LOCK_FILE, LockFile, LockedModule};
use tollgate_engine::modules::source::ModuleSource;
use tollgate_engine::modules::{FetchFailure, FetchedModules};

use fetch::{FetchError, Fetcher};

/// How modules are fetched.
pub struct Settings {
    /// The cache folder (`modules/` is made in it).
    pub cache_dir: PathBuf,
    /// Refuse modules that are not in the lock file or no longer match it.
    pub locked: bool,
    pub timeout: Duration,
}

impl Settings {
    /// Modules live in the cache directory even with `--no-cache` (that flag is about scan results);
    /// without a home for one, in the temporary directory.
    pub fn new(cache_dir: Option<PathBuf>, locked: bool, timeout_seconds: u64) -> Settings {
        let cache_dir = cache_dir
            .or_else(tollgate_engine::cache::default_dir)
            .unwrap_or_else(|| std::env::temp_dir().join("tollgate"));
        Settings { cache_dir, locked, timeout: Duration::from_secs(timeout_seconds.max(1)) }
    }
}

/// What fetching gave: the modules for the engine, and each call's lock entry.
pub struct Prepared {
    pub fetched: FetchedModules,
    pub entries: Vec<LockedModule>,
}

/// Modules nested deeper than this are not followed.
const MAX_DEPTH: usize = 32;

/// The lock file for a scan: beside the first path (in it, when it is a folder).
pub fn lock_path(paths: &[PathBuf]) -> PathBuf {
    let first = paths.first().cloned().unwrap_or_else(|| PathBuf::from("."));
    let dir = if first.is_dir() { first } else { first.parent().map(Path::to_path_buf).unwrap_or_default() };
    dir.join(LOCK_FILE)
}

/// Folders under the paths that hold `.tf` files (`.terraform` and hidden folders left out).
fn terraform_dirs(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut dirs = BTreeSet::new();
    for path in paths {
        let walker = ignore::WalkBuilder::new(path).hidden(true).build();
        for entry in walker.flatten() {
            if entry.path().extension().is_some_and(|e| e == "tf")
                && let Some(parent) = entry.path().parent()
            {
                dirs.insert(parent.to_path_buf());
            }
        }
    }
    dirs.into_iter().collect()
}

/// Fetches what the Terraform under `paths` calls, following nested calls.
pub fn prepare(paths: &[PathBuf], settings: &Settings) -> Result<Prepared, String> {
    let lock = match settings.locked {
        true => Some(LockFile::read(&lock_path(paths)).map_err(|e| format!("--locked needs the lock file: {e}"))?),
        false => None,
    };
    let root = settings.cache_dir.join("modules");
    let mut fetcher = Fetcher::new(root.clone(), settings.timeout, lock);
    let mut fetched = FetchedModules { root: display_path(&root), ..FetchedModules::default() };
    let mut queue: VecDeque<(PathBuf, usize)> = terraform_dirs(paths).into_iter().map(|d| (d, 0)).collect();
    let mut seen: BTreeSet<PathBuf> = BTreeSet::new();
    while let Some((dir, depth)) = queue.pop_front() {
        if depth > MAX_DEPTH || !seen.insert(dir.clone()) {
            continue;
        }
        // `terraform init` already downloaded this root's modules: the engine reads those.
        if dir.join(".terraform/modules/modules.json").is_file() {
            continue;
        }
        for call in calls_in(&dir) {
            match ModuleSource::parse(&call.source) {
                ModuleSource::Local(relative) => queue.push_back((dir.join(relative), depth + 1)),
                _ => {
                    let key = (call.source.clone(), call.version.clone());
                    if fetched.dirs.contains_key(&key) {
                        continue;
                    }
                    match fetcher.fetch(&call.source, &call.version) {
                        Ok(module_dir) => {
                            fetched.dirs.insert(key, display_path(&module_dir));
                            queue.push_back((module_dir, depth + 1));
                        }
                        Err(error) => {
                            let (reason, refused) = match error {
                                FetchError::Failed(reason) => (reason, false),
                                FetchError::Refused(reason) => (reason, true),
                            };
                            fetched.failures.push(FetchFailure {
                                module: call.name.clone(),
                                source: call.source.clone(),
                                file: call.file.clone(),
                                line: call.line,
                                reason,
                                refused,
                            });
                        }
                    }
                }
            }
        }
    }
    Ok(Prepared { fetched, entries: fetcher.entries })
}
