//! Git module sources fetched with gix: a bare clone into a scratch folder (HTTPS, or `file://`
//! and local paths), the `ref` resolved as a tag, a branch or a commit (the remote's default branch
//! without one), and that commit's tree written out through the safe [`Writer`].

use std::path::Path;
use std::sync::atomic::AtomicBool;

use super::unpack::Writer;

/// Fetches `url` at `reference` into `into`; returns the commit id.
pub fn fetch(url: &str, reference: Option<&str>, scratch: &Path, into: &Path) -> Result<String, String> {
    if let Ok(parsed) = reqwest::Url::parse(url)
        && matches!(parsed.scheme(), "http" | "https")
    {
        super::http::allowed(&parsed)?;
    }
    let repo_dir = scratch.join("repo.git");
    let mut prepare = gix::prepare_clone_bare(url, &repo_dir).map_err(|e| format!("{url}: {e}"))?;
    let (repo, _) = prepare
        .fetch_only(gix::progress::Discard, &AtomicBool::new(false))
        .map_err(|e| format!("{url}: cannot fetch: {e}"))?;
    let candidates: Vec<String> = match reference {
        Some(r) => {
            vec![format!("refs/tags/{r}"), format!("refs/heads/{r}"), format!("refs/remotes/origin/{r}"), r.to_owned()]
        }
        None => vec!["HEAD".to_owned()],
    };
    let commit = candidates
        .iter()
        .find_map(|rev| repo.rev_parse_single(rev.as_str()).ok()?.object().ok()?.peel_to_commit().ok())
        .ok_or_else(|| format!("{url}: no tag, branch or commit `{}`", reference.unwrap_or("HEAD")))?;
    let tree = commit.tree().map_err(|e| format!("{url}: {e}"))?;
    let mut recorder = gix::traverse::tree::Recorder::default();
    tree.traverse().breadthfirst(&mut recorder).map_err(|e| format!("{url}: {e}"))?;
    let mut writer = Writer::new(into);
    for entry in recorder.records {
        let name: &gix::bstr::BStr = entry.filepath.as_ref();
        let path = gix::path::from_bstr(name).map_err(|e| format!("{url}: {e}"))?.into_owned();
        if entry.mode.is_tree() || entry.mode.is_commit() {
            continue;
        }
        let object = repo.find_object(entry.oid).map_err(|e| format!("{url}: {e}"))?;
        if entry.mode.is_link() {
            let target: &gix::bstr::BStr = object.data.as_slice().into();
            let target = gix::path::from_bstr(target).map_err(|e| format!("{url}: {e}"))?.into_owned();
            writer.symlink(&path, &target)?;
        } else {
            writer.file(&path, object.data.as_slice())?;
        }
    }
    Ok(commit.id.to_string())
}
