//! Fetching one module call into the cache: looked up in the cache's index first (then nothing is
//! requested), else resolved and fetched by its kind (registry, git, archive), unpacked in a scratch
//! folder and renamed into place. With a lock file (`--locked`) the locked version or commit is
//! fetched, and a module whose files no longer hash to the locked hash is refused.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tollgate_engine::modules::lock::{LockFile, LockedModule, tree_hash};
use tollgate_engine::modules::source::{ModuleSource, split_subdir};
use tollgate_engine::modules::version::Constraints;

use super::http::Http;
use super::registry::{Registry, RegistryModule};
use super::terraformrc::CliConfig;

/// What the cache holds for one (source, constraint).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cached {
    /// The package folder's name under the cache's `modules/`.
    pub package: String,
    pub subdir: String,
    pub resolved: String,
}

/// Why a call has no module: a failure (a warning), or a lock mismatch (an error).
pub enum FetchError {
    Failed(String),
    Refused(String),
}

pub struct Fetcher {
    pub root: PathBuf,
    index: BTreeMap<String, Cached>,
    http: Option<Http>,
    config: Option<CliConfig>,
    timeout: Duration,
    pub lock: Option<LockFile>,
    /// What each fetched call resolved to, for `modules lock`.
    pub entries: Vec<LockedModule>,
}

fn index_key(source: &str, constraint: &str) -> String {
    format!("{source}\n{constraint}")
}

fn join_subdir(a: &str, b: &str) -> String {
    [a, b].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join("/")
}

impl Fetcher {
    pub fn new(root: PathBuf, timeout: Duration, lock: Option<LockFile>) -> Fetcher {
        let text = std::fs::read_to_string(root.join("index.json")).unwrap_or_default();
        let index = serde_json::from_str(&text).unwrap_or_default();
        Fetcher { root, index, http: None, config: None, timeout, lock, entries: Vec::new() }
    }

    /// The module folder of a call, fetching it when the cache does not hold it.
    pub fn fetch(&mut self, source: &str, constraint: &str) -> Result<PathBuf, FetchError> {
        let locked = match &self.lock {
            Some(lock) => Some(lock.find(source, constraint).cloned().ok_or_else(|| {
                FetchError::Refused(format!("not in the lock file ({})", tollgate_engine::modules::lock::LOCK_FILE))
            })?),
            None => None,
        };
        let key = index_key(source, constraint);
        let cached = self.index.get(&key).cloned().filter(|c| {
            self.root.join(&c.package).is_dir() && locked.as_ref().is_none_or(|l| l.resolved == c.resolved)
        });
        let cached = match cached {
            Some(cached) => cached,
            None => {
                let fetched = self
                    .download(source, constraint, locked.as_ref().map(|l| l.resolved.as_str()))
                    .map_err(FetchError::Failed)?;
                self.index.insert(key, fetched.clone());
                self.save_index();
                fetched
            }
        };
        let package = self.root.join(&cached.package);
        let hash = tree_hash(&package).map_err(FetchError::Failed)?;
        if let Some(locked) = locked
            && locked.hash != hash
        {
            return Err(FetchError::Refused(format!(
                "its files no longer match the lock file (locked {}, found {hash}): re-run `tollgate modules lock` if the change is expected",
                locked.hash
            )));
        }
        self.entries.push(LockedModule {
            source: source.to_owned(),
            constraint: constraint.to_owned(),
            resolved: cached.resolved.clone(),
            hash,
        });
        let dir = package.join(&cached.subdir);
        if !dir.is_dir() {
            return Err(FetchError::Failed(format!("the package has no folder `{}`", cached.subdir)));
        }
        Ok(dir)
    }

    fn save_index(&self) {
        let temporary = self.root.join(format!(".index.{}.tmp", std::process::id()));
        if std::fs::write(&temporary, serde_json::to_string_pretty(&self.index).unwrap_or_default()).is_ok() {
            let _ = std::fs::rename(&temporary, self.root.join("index.json"));
        }
    }

    fn clients(&mut self) -> Result<(&Http, &CliConfig), String> {
        if self.http.is_none() {
            self.http = Some(Http::new(self.timeout)?);
            self.config = Some(CliConfig::load()?);
        }
        match (&self.http, &self.config) {
            (Some(http), Some(config)) => Ok((http, config)),
            _ => Err("no HTTP client".into()),
        }
    }

    /// Resolves and fetches a source into a new package folder.
    fn download(&mut self, source: &str, constraint: &str, pinned: Option<&str>) -> Result<Cached, String> {
        std::fs::create_dir_all(&self.root).map_err(|e| format!("{}: {e}", self.root.display()))?;
        let scratch = tempfile::Builder::new()
            .prefix(".fetch-")
            .tempdir_in(&self.root)
            .map_err(|e| format!("{}: {e}", self.root.display()))?;
        let unpacked = scratch.path().join("package");
        let timeout = self.timeout;
        let (resolved, subdir) = match ModuleSource::parse(source) {
            ModuleSource::Registry { host, namespace, name, provider, subdir } => {
                let (http, config) = self.clients()?;
                let registry = Registry { http, config };
                let module = RegistryModule { host: &host, namespace: &namespace, name: &name, provider: &provider };
                let version = match pinned {
                    Some(version) => version.to_owned(),
                    None => {
                        let constraints = Constraints::parse(constraint)?;
                        let listed = registry.versions(&module)?;
                        constraints
                            .newest(listed.iter().map(String::as_str))
                            .ok_or_else(|| format!("no version meets `{constraint}` (listed: {})", listed.join(", ")))?
                    }
                };
                let location = registry.location(&module, &version)?;
                let (inner, _) = fetch_location(http, &location, None, scratch.path(), &unpacked, timeout)?;
                (version, join_subdir(&inner, &subdir))
            }
            ModuleSource::Local(_) => return Err("a local source is not fetched".into()),
            ModuleSource::Unsupported(reason) => return Err(reason),
            _ => {
                let (http, _) = self.clients()?;
                // A git source resolves to its commit, an archive to its URL.
                let (subdir, commit) = fetch_location(http, source, pinned, scratch.path(), &unpacked, timeout)?;
                (commit.unwrap_or_else(|| source.to_owned()), subdir)
            }
        };
        let package = hex::encode(&Sha256::digest(format!("{source}\n{resolved}").as_bytes())[..12]);
        let target = self.root.join(&package);
        let _ = std::fs::remove_dir_all(&target);
        std::fs::rename(&unpacked, &target).map_err(|e| format!("{}: {e}", target.display()))?;
        Ok(Cached { package, subdir, resolved })
    }
}

/// Fetches a git or archive address into `into`; returns the address's own `//subdir` and, for git,
/// the commit fetched. `pinned`: the locked commit for a git source.
fn fetch_location(
    http: &Http,
    location: &str,
    pinned: Option<&str>,
    scratch: &Path,
    into: &Path,
    timeout: Duration,
) -> Result<(String, Option<String>), String> {
    let parsed = match ModuleSource::parse(location) {
        // A registry may give a plain HTTPS URL for an archive it serves.
        ModuleSource::Unsupported(_) if location.starts_with("https://") || location.starts_with("http://") => {
            let (url, subdir) = split_subdir(location);
            ModuleSource::Archive { url, subdir }
        }
        other => other,
    };
    match parsed {
        ModuleSource::Git { url, reference, subdir } => {
            let reference = pinned.map(str::to_owned).or(reference);
            let (scratch, into, shown) = (scratch.to_path_buf(), into.to_path_buf(), url.clone());
            let commit =
                within(timeout, &shown, move || super::git::fetch(&url, reference.as_deref(), &scratch, &into))?;
            Ok((subdir, Some(commit)))
        }
        ModuleSource::Archive { url, subdir } => {
            let url = reqwest::Url::parse(&url).map_err(|e| format!("`{url}`: {e}"))?;
            let data = http.bytes(&url, None)?;
            super::unpack::unpack(&data, into).map_err(|e| format!("{url}: {e}"))?;
            Ok((subdir, None))
        }
        ModuleSource::Unsupported(reason) => Err(reason),
        _ => Err(format!("`{location}` is not a location tollgate fetches")),
    }
}

/// Runs a fetch on its own thread and gives up after `timeout`.
fn within<T: Send + 'static>(
    timeout: Duration,
    what: &str,
    work: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Result<T, String> {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(work());
    });
    receiver.recv_timeout(timeout).map_err(|_| format!("{what}: no answer within {} s", timeout.as_secs()))?
}
