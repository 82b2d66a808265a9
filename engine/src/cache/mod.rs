//! The scan cache: what a file normalized to and what the per-resource rules found in it, keyed by the
//! file's git blob id + the rule-set hash + the tollgate version (+ its path, which resources carry).
//! An unchanged file is neither parsed nor evaluated again. Entries that do not parse or carry another
//! key (corrupt, foreign, from another version) are ignored and rewritten, never trusted.
//!
//! Layout: `<key>.json` (the entry's header) and `<key>.res.json` (its resources) per file, a stat index
//! (`stat-index.json`) for the work tree, and per scan a pack of the headers it used
//! (`packs/<scan>.json`), so a warm run opens one file instead of thousands.

mod entry;
mod stat_index;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::value::RawValue;
use sha2::{Digest, Sha256};

pub use entry::{CachedFinding, CachedResult, FileEntry, HeadDetail, ResourceHead};
use stat_index::StatIndex;

/// Entries of another build's resource model are not read: the package version, and a revision of the
/// model bumped when normalizing changes (2: CloudFormation intrinsic functions worked out).
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+model.3");

pub struct Cache {
    dir: PathBuf,
    ruleset: String,
    stats: StatIndex,
    pack_path: PathBuf,
    /// The pack's headers, each taken (not copied) by the one load that uses it.
    pack: HashMap<String, Mutex<Option<FileEntry>>>,
    /// Headers this run read or wrote outside the pack: when there are any, the next pack must differ.
    stored: Mutex<HashMap<String, FileEntry>>,
}

impl Cache {
    /// Opens (creating on first write) a cache directory for one rule set and one scan (`scope`: what was
    /// scanned, naming its pack).
    pub fn open(dir: &Path, scope: &str) -> Cache {
        let pack_path = dir.join("packs").join(format!("{}.json", hex::encode(&Sha256::digest(scope.as_bytes())[..8])));
        let read_pack = || read_pack(&pack_path).into_iter().map(|(key, e)| (key, Mutex::new(Some(e)))).collect();
        let (pack, stats) = rayon::join(read_pack, || StatIndex::load(&dir.join("stat-index.json")));
        Cache {
            stats,
            dir: dir.to_path_buf(),
            ruleset: String::new(),
            pack_path,
            pack,
            stored: Mutex::new(HashMap::new()),
        }
    }

    /// Sets the rule-set hash that every key includes (see `ruleset_hash`).
    pub fn with_ruleset(mut self, ruleset: String) -> Cache {
        self.ruleset = ruleset;
        self
    }

    /// The blob id of a work-tree file (see the stat index); `meta`: its metadata when the caller
    /// already has it (else the file is stat'ed).
    pub fn blob_id_of_file<'a>(
        &self,
        path: &Path,
        meta: Option<&std::fs::Metadata>,
        data: impl FnOnce() -> Option<&'a [u8]>,
    ) -> Option<String> {
        self.stats.blob_id(path, meta, data)
    }

    /// The cache key of a file.
    pub fn key(&self, display: &str, blob_id: &str) -> String {
        hex::encode(Sha256::digest(format!("{VERSION}\0{}\0{display}\0{blob_id}", self.ruleset)))
    }

    /// A stored value that is not a file's entry (the Terraform stage's summary), by name.
    pub fn load_extra<T: serde::de::DeserializeOwned>(&self, name: &str) -> Option<T> {
        let bytes = std::fs::read(self.extra_path(name)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    pub fn store_extra<T: serde::Serialize>(&self, name: &str, value: &T) {
        if let Ok(bytes) = serde_json::to_vec(value) {
            write_atomically(&self.extra_path(name), &bytes);
        }
    }

    fn extra_path(&self, name: &str) -> PathBuf {
        self.dir.join("extra").join(format!("{}.json", self.key("", name)))
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(&key[..2]).join(format!("{key}.json"))
    }

    /// A stored entry's header, if it is readable and really is the entry for `key` (its resources are
    /// read by `load_resources`, when a project rule needs them).
    pub fn load(&self, key: &str) -> Option<FileEntry> {
        if let Some(entry) = self.pack.get(key).and_then(|slot| slot.lock().ok()?.take()) {
            return Some(entry);
        }
        let bytes = std::fs::read(self.path(key)).ok()?;
        let entry = serde_json::from_slice::<FileEntry>(&bytes).ok().filter(|e| e.key == key)?;
        // A key the pack holds was taken by an earlier load of the same key: the pack stays as it is.
        if !self.pack.contains_key(key) {
            self.remember(&entry);
        }
        Some(entry)
    }

    /// Reads an entry's resources (stored beside its header); false when they cannot be read.
    pub fn load_resources(&self, entry: &mut FileEntry) -> bool {
        let path = self.path(&entry.key).with_extension("res.json");
        let resources =
            std::fs::read(path).ok().and_then(|raw| serde_json::from_slice::<Vec<Box<RawValue>>>(&raw).ok());
        match resources {
            Some(resources) if resources.len() == entry.heads.len() => {
                entry.resources = resources;
                true
            }
            _ => false,
        }
    }

    /// Stores an entry: resources first, so a header that exists always finds them (or counts as missing).
    pub fn store(&self, entry: &FileEntry) {
        let path = self.path(&entry.key);
        let (Ok(resources), Ok(header)) = (serde_json::to_vec(&entry.resources), serde_json::to_vec(entry)) else {
            return;
        };
        let resources_written =
            entry.resources.is_empty() || write_atomically(&path.with_extension("res.json"), &resources);
        if resources_written && write_atomically(&path, &header) {
            self.remember(entry);
        }
    }

    /// Keeps a header that is not in the pack, for the next pack.
    fn remember(&self, entry: &FileEntry) {
        if let Ok(mut stored) = self.stored.lock() {
            stored.insert(entry.key.clone(), FileEntry { resources: Vec::new(), ..entry.clone() });
        }
    }

    /// Saves the stat index and, when this run used other entries than the pack held, a new pack of the
    /// headers of `used` keys.
    pub fn finish<'a>(&self, used: impl Iterator<Item = &'a str>) {
        self.stats.save(&self.dir.join("stat-index.json"));
        // A file scanned twice (a Kustomize base, as itself and as built by an overlay) uses one key twice.
        let mut used: Vec<&str> = used.collect();
        used.sort_unstable();
        used.dedup();
        let Ok(stored) = self.stored.lock() else { return };
        if stored.is_empty() && used.len() == self.pack.len() {
            return;
        }
        // The pack's headers were taken by the loads that used them: read them again.
        let packed = if self.pack.is_empty() { HashMap::new() } else { read_pack(&self.pack_path) };
        let mut headers: Vec<&FileEntry> =
            used.iter().filter_map(|key| stored.get(*key).or_else(|| packed.get(*key))).collect();
        headers.sort_by(|a, b| a.key.cmp(&b.key));
        if let Ok(bytes) = serde_json::to_vec(&(VERSION, headers)) {
            write_atomically(&self.pack_path, &bytes);
        }
    }
}

/// The headers of a pack file written by this version, by key.
fn read_pack(path: &Path) -> HashMap<String, FileEntry> {
    std::fs::read(path)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<(String, Vec<FileEntry>)>(&bytes).ok())
        .filter(|(version, _)| version == VERSION)
        .map(|(_, entries)| entries.into_iter().map(|e| (e.key.clone(), e)).collect())
        .unwrap_or_default()
}

/// Writes through a temporary file and a rename, so readers never see half a file.
fn write_atomically(path: &Path, bytes: &[u8]) -> bool {
    let Some(parent) = path.parent() else { return false };
    if std::fs::create_dir_all(parent).is_err() {
        return false;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = parent.join(format!(".{name}.tmp{}", std::process::id()));
    std::fs::write(&temporary, bytes).is_ok() && std::fs::rename(&temporary, path).is_ok()
}

/// The default cache directory: `$XDG_CACHE_HOME/tollgate`, else `~/.cache/tollgate`.
pub fn default_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|d| d.join("tollgate"))
}

/// A hash of everything that decides per-resource rule results: rule sources and the configuration.
pub fn ruleset_hash(rules: &[crate::evaluate::rule::Rule], config: &crate::config::Config) -> String {
    let mut hasher = Sha256::new();
    for rule in rules {
        hasher.update(rule.file.as_bytes());
        hasher.update(rule.source_hash.as_bytes());
    }
    hasher.update(format!("{config:?}").as_bytes());
    hex::encode(&hasher.finalize()[..16])
}
