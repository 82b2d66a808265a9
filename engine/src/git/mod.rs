//! Git, read straight from the object database with gix: the files of a revision, the staged files
//! of the index, and which paths changed between two sides. No checkout, so bare and shallow clones work.

mod scope;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

pub use scope::{Affected, affected_paths, is_terraform, module_callers};

use crate::load::MemoryFile;

/// A git problem, said so a user knows what to fetch or fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GitError(pub String);

impl fmt::Display for GitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A file of a revision, the index or the work tree: its repository path and blob id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub id: gix::ObjectId,
}

/// One side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Side {
    Revision(String),
    Index,
    WorkTree,
}

pub struct Repo {
    repo: gix::Repository,
}

impl Repo {
    /// Opens the repository that contains `path` (a work tree or a bare repository).
    pub fn discover(path: &Path) -> Result<Repo, GitError> {
        let repo = gix::discover(path)
            .map_err(|e| GitError(format!("{} is not inside a git repository: {e}", path.display())))?;
        Ok(Repo { repo })
    }

    /// The work tree root, if the repository has one.
    pub fn workdir(&self) -> Option<&Path> {
        self.repo.workdir()
    }

    /// Whether the repository is a shallow clone (some history is missing).
    pub fn is_shallow(&self) -> bool {
        self.repo.is_shallow().unwrap_or(false)
    }

    /// The full commit id a revision resolves to.
    pub fn resolve(&self, rev: &str) -> Result<gix::ObjectId, GitError> {
        let id = self.repo.rev_parse_single(rev).map_err(|e| self.unresolved(rev, &e.to_string()))?;
        let commit = id.object().and_then(|o| o.peel_to_commit()).map_err(|e| self.unresolved(rev, &e.to_string()))?;
        Ok(commit.id)
    }

    fn unresolved(&self, rev: &str, why: &str) -> GitError {
        let hint = if self.is_shallow() {
            format!(
                " This is a shallow clone: fetch the revision first ({}, or `fetch-depth: 0` in actions/checkout).",
                fetch_hint(rev)
            )
        } else {
            format!(" Fetch it first ({}) or check the name.", fetch_hint(rev))
        };
        GitError(format!("revision `{rev}` does not resolve to a commit ({why}).{hint}"))
    }

    /// Every blob of a revision's tree (symlinks and submodules left out).
    pub fn tree_entries(&self, rev: &str) -> Result<Vec<Entry>, GitError> {
        let id = self.resolve(rev)?;
        let tree = self
            .repo
            .find_commit(id)
            .and_then(|c| c.tree())
            .map_err(|e| GitError(format!("cannot read the tree of `{rev}`: {e}")))?;
        let mut recorder = gix::traverse::tree::Recorder::default();
        tree.traverse()
            .breadthfirst(&mut recorder)
            .map_err(|e| GitError(format!("cannot walk the tree of `{rev}`: {e}")))?;
        let mut entries: Vec<Entry> = recorder
            .records
            .into_iter()
            .filter(|e| e.mode.is_blob())
            .map(|e| Entry { path: e.filepath.to_string(), id: e.oid })
            .collect();
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(entries)
    }

    /// Every stage-0 entry of the index (what `git commit` would record).
    pub fn index_entries(&self) -> Result<Vec<Entry>, GitError> {
        let index = self.repo.index_or_empty().map_err(|e| GitError(format!("cannot read the index: {e}")))?;
        let mut entries: Vec<Entry> = index
            .entries()
            .iter()
            .filter(|e| e.stage_raw() == 0 && e.mode.to_tree_entry_mode().is_some_and(|m| m.is_blob()))
            .map(|e| Entry { path: e.path(&index).to_string(), id: e.id })
            .collect();
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(entries)
    }

    /// The files of the work tree that tollgate reads (IaC formats, policies, config), tracked or not,
    /// `.gitignore` respected, as blob ids. As `git status` does, a file whose size and times match its
    /// index entry (and that was not written in the second the index was) takes the index's id unread;
    /// the others are read and hashed, in parallel.
    pub fn worktree_entries(&self) -> Result<Vec<Entry>, GitError> {
        let root =
            self.workdir().ok_or_else(|| GitError("a bare repository has no work tree; use --head REV".into()))?;
        let walker = ignore::WalkBuilder::new(root)
            .hidden(false)
            .require_git(false)
            .filter_entry(|e| e.file_name() != ".git")
            .build_parallel();
        let candidates = std::sync::Mutex::new(Vec::new());
        walker.run(|| {
            Box::new(|entry| {
                let Ok(entry) = entry else { return ignore::WalkState::Continue };
                if !entry.file_type().is_some_and(|t| t.is_file()) {
                    return ignore::WalkState::Continue;
                }
                let Ok(relative) = entry.path().strip_prefix(root) else { return ignore::WalkState::Continue };
                let path = crate::load::display_path(relative);
                let name = path.rsplit('/').next().unwrap_or_default();
                let wanted = crate::load::format_of(name).is_some() || crate::evaluate::registry::is_policy_file(name);
                if wanted && let Ok(mut candidates) = candidates.lock() {
                    candidates.push((path, entry.into_path()));
                }
                ignore::WalkState::Continue
            })
        });
        let candidates = candidates.into_inner().unwrap_or_default();
        let index = self.repo.index_or_empty().ok();
        let mut entries: Vec<Entry> = candidates
            .into_par_iter()
            .filter_map(|(path, file)| {
                let id = match index.as_deref().and_then(|index| unchanged_id(index, &path, &file)) {
                    Some(id) => id,
                    None => blob_id(&std::fs::read(&file).ok()?),
                };
                Some(Entry { path, id })
            })
            .collect();
        entries.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(entries)
    }

    /// The entries of one side.
    pub fn entries(&self, side: &Side) -> Result<Vec<Entry>, GitError> {
        match side {
            Side::Revision(rev) => self.tree_entries(rev),
            Side::Index => self.index_entries(),
            Side::WorkTree => self.worktree_entries(),
        }
    }

    /// The content of some entries of one side, as files to scan (read in parallel; each thread opens
    /// its own handle on the object database).
    pub fn read(&self, side: &Side, entries: &[Entry]) -> Result<Vec<MemoryFile>, GitError> {
        let root = self.workdir().filter(|_| *side == Side::WorkTree);
        let shared = self.repo.clone().into_sync();
        entries
            .par_iter()
            .map_init(
                || None,
                |repo: &mut Option<gix::Repository>, entry| {
                    let data = match root {
                        Some(root) => std::fs::read(root.join(&entry.path))
                            .map_err(|e| GitError(format!("cannot read {}: {e}", entry.path)))?,
                        None => blob(repo.get_or_insert_with(|| shared.to_thread_local()), entry)?,
                    };
                    Ok(MemoryFile { display: entry.path.clone(), data: Arc::from(data) })
                },
            )
            .collect()
    }
}

fn blob(repo: &gix::Repository, entry: &Entry) -> Result<Vec<u8>, GitError> {
    let object = repo.find_object(entry.id).map_err(|e| {
        GitError(format!(
            "blob {} of {} is missing: {e} (a partial or shallow clone? fetch it first)",
            entry.id, entry.path
        ))
    })?;
    Ok(object.detach().data)
}

/// The index's blob id of a work-tree file whose stat matches its stage-0 entry and is not racy.
fn unchanged_id(index: &gix::index::File, path: &str, file: &Path) -> Option<gix::ObjectId> {
    let entry = index.entry_by_path(path.into())?;
    if entry.stage_raw() != 0 || entry.mode != gix::index::entry::Mode::FILE {
        return None;
    }
    let options = gix::index::entry::stat::Options::default();
    let metadata = gix::index::fs::Metadata::from_path_no_follow(file).ok()?;
    let stat = gix::index::entry::Stat::from_fs(&metadata).ok()?;
    (entry.stat.matches(&stat, options) && !entry.stat.is_racy(index.timestamp(), options)).then_some(entry.id)
}

/// The git blob id of some content.
pub fn blob_id(data: &[u8]) -> gix::ObjectId {
    gix::objs::compute_hash(gix::hash::Kind::Sha1, gix::objs::Kind::Blob, data)
        .unwrap_or_else(|_| gix::ObjectId::null(gix::hash::Kind::Sha1))
}

/// Paths whose content differs between two sides (added, removed or changed).
pub fn changed_paths(base: &[Entry], head: &[Entry]) -> Vec<String> {
    let base: BTreeMap<&str, &gix::ObjectId> = base.iter().map(|e| (e.path.as_str(), &e.id)).collect();
    let head: BTreeMap<&str, &gix::ObjectId> = head.iter().map(|e| (e.path.as_str(), &e.id)).collect();
    let mut changed: Vec<String> = head
        .iter()
        .filter(|(path, id)| base.get(*path) != Some(*id))
        .map(|(path, _)| (*path).to_owned())
        .chain(base.keys().filter(|p| !head.contains_key(*p)).map(|p| (*p).to_owned()))
        .collect();
    changed.sort();
    changed
}

/// Converts user paths (relative to the current directory) to repository paths.
pub fn repo_relative(repo_root: Option<&Path>, cwd: &Path, paths: &[PathBuf]) -> Result<Vec<String>, GitError> {
    let Some(root) = repo_root else {
        return Ok(paths.iter().map(|p| crate::load::display_path(p)).filter(|p| p != ".").collect());
    };
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut out = Vec::new();
    for path in paths {
        let absolute = cwd.join(path);
        let absolute = absolute.canonicalize().unwrap_or(absolute);
        let relative = absolute
            .strip_prefix(&root)
            .map_err(|_| GitError(format!("{} is outside the repository at {}", path.display(), root.display())))?;
        let shown = crate::load::display_path(relative);
        if shown != "." && !shown.is_empty() {
            out.push(shown);
        }
    }
    Ok(out)
}

/// Whether a repository path is one of `prefixes` or under one (no prefixes: everything).
pub fn under(path: &str, prefixes: &[String]) -> bool {
    prefixes.is_empty()
        || prefixes.iter().any(|p| path == p || path.starts_with(&format!("{}/", p.trim_end_matches('/'))))
}

/// A `git fetch` that brings a revision into a clone: `HEAD~N` (or `HEAD^`) deepens the history by
/// N commits; a remote branch (`origin/main`) or a commit id is fetched from `origin` by name, as a
/// refspec git accepts (`git fetch --depth=1 origin HEAD~1` is not one).
pub fn fetch_hint(rev: &str) -> String {
    let ancestry = rev.find(['~', '^']);
    if let Some(at) = ancestry {
        let steps = rev[at..]
            .split(['~', '^'])
            .skip(1)
            .map(|n| if n.is_empty() { 1 } else { n.parse::<usize>().unwrap_or(1) })
            .sum::<usize>()
            .max(1);
        return format!("`git fetch --deepen={steps}`");
    }
    match rev.split_once('/') {
        Some((remote, branch)) if !remote.is_empty() && !branch.is_empty() => {
            format!("`git fetch --depth=1 {remote} {branch}:refs/remotes/{remote}/{branch}`")
        }
        _ => format!("`git fetch --depth=1 origin {rev}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::fetch_hint;

    #[test]
    fn fetch_hints_are_commands_git_accepts() {
        assert_eq!(fetch_hint("HEAD~1"), "`git fetch --deepen=1`");
        assert_eq!(fetch_hint("main~3"), "`git fetch --deepen=3`");
        assert_eq!(fetch_hint("HEAD^"), "`git fetch --deepen=1`");
        assert_eq!(fetch_hint("origin/main"), "`git fetch --depth=1 origin main:refs/remotes/origin/main`");
        assert_eq!(fetch_hint("6dcb09b5b578"), "`git fetch --depth=1 origin 6dcb09b5b578`");
    }
}
