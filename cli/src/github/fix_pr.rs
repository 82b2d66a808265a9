//! The fix pull request: the verified fixes committed through the git data API (blobs, a tree on
//! the target branch's tree, a commit, a ref), so no checkout push or push credentials are needed.
//! One branch per target (`tollgate/fixes/<target>`); a re-run moves it and edits the same pull
//! request. A file whose text differs from the target branch's is left out with the reason.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use serde_json::{Value, json};
use tollgate_engine::fix::FixStatus;
use tollgate_engine::fix::drift_fix::DriftFix;
use tollgate_engine::fix::rule_fix::RuleFix;

use super::api::{Api, ApiError, field};
use super::comment_body::cell;

const CONTENTS: &str = "contents: write";
const PULLS: &str = "pull-requests: write";
/// The hidden marker of the pull request body.
pub const MARKER: &str = "<!-- tollgate:fix-pr -->";

/// A file to commit: its path in the repository, the text the fixes were made on, the fixed text.
pub struct FixedFile {
    pub path: String,
    pub original: String,
    pub fixed: String,
}

/// What the run did.
#[derive(Debug)]
pub struct Outcome {
    pub number: u64,
    pub created: bool,
    pub branch: String,
    /// Files left out, with the reason.
    pub refused: Vec<(String, String)>,
}

/// The repository-relative path of a scanned file.
pub fn repo_path(root: &Path, file: &str) -> Option<String> {
    let absolute = std::fs::canonicalize(file).ok()?;
    let root = std::fs::canonicalize(root).ok()?;
    let relative = absolute.strip_prefix(root).ok()?;
    Some(relative.to_string_lossy().replace('\\', "/"))
}

/// What the pull request says: its branch (`<prefix>/<target>`), title, commit message and body.
pub struct Content {
    pub branch_prefix: &'static str,
    pub title: String,
    pub commit_message: String,
    pub body: String,
}

impl Content {
    /// The pull request of verified rule fixes.
    pub fn rule_fixes(fixes: &[RuleFix]) -> Content {
        Content {
            branch_prefix: "tollgate/fixes",
            title: format!("tollgate: {} verified fixes", fixes.len()),
            commit_message: commit_message(fixes),
            body: pr_body(fixes),
        }
    }
}

impl Content {
    /// The pull request of verified drift reconciliations (`codify` or `import`).
    pub fn drift_fixes(kind: &str, fixes: &[&DriftFix]) -> Content {
        let (prefix, what) = match kind {
            "import" => ("tollgate/drift-import", "import unmanaged resources"),
            _ => ("tollgate/drift-codify", "codify live changes"),
        };
        let mut body = format!("### tollgate drift: {what}\n\n");
        body.push_str(
            "Each change was applied in memory and the comparison run again: the edited files parse, the \
             drift it answers is gone and no new drift appeared.\n\n| Resource | Type | Attributes | File |\n|---|---|---|---|\n",
        );
        let mut message = format!("tollgate drift: {what}\n\n");
        for fix in fixes {
            let attributes = fix.attributes.iter().map(|a| format!("`{}`", cell(a))).collect::<Vec<_>>().join(", ");
            let _ = writeln!(
                body,
                "| `{}` | `{}` | {attributes} | `{}` |",
                cell(&fix.address),
                fix.resource_type,
                cell(&fix.file)
            );
            let _ = writeln!(message, "- {} ({})", fix.address, fix.file);
        }
        Content {
            branch_prefix: prefix,
            title: format!("tollgate drift: {what} ({})", fixes.len()),
            commit_message: message,
            body,
        }
    }
}

/// Commits the files on a branch made from `target` and opens (or updates) the pull request.
pub async fn open(api: &Api, target: &str, files: &[FixedFile], content: &Content) -> Result<Outcome, String> {
    let err = |e: ApiError| e.to_string();
    let branch = format!("{}/{target}", content.branch_prefix);
    let target_ref = api.get(&api.repo_path(&format!("/git/ref/heads/{target}")), CONTENTS).await.map_err(err)?;
    let parent = field(&target_ref, "/object/sha", "the target branch")?.to_owned();
    let commit = api.get(&api.repo_path(&format!("/git/commits/{parent}")), CONTENTS).await.map_err(err)?;
    let base_tree = field(&commit, "/tree/sha", "the target commit")?.to_owned();
    let tree = api.get(&api.repo_path(&format!("/git/trees/{base_tree}?recursive=1")), CONTENTS).await.map_err(err)?;
    let blobs: BTreeMap<&str, &str> = tree["tree"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| Some((e["path"].as_str()?, e["sha"].as_str()?)))
        .collect();
    let mut refused = Vec::new();
    let mut entries = Vec::new();
    for file in files {
        let local = tollgate_engine::git::blob_id(file.original.as_bytes()).to_string();
        if blobs.get(file.path.as_str()) != Some(&local.as_str()) {
            let why = format!("the file on `{target}` differs from the checked-out one the fixes were made on");
            refused.push((file.path.clone(), why));
            continue;
        }
        let blob = api
            .post(&api.repo_path("/git/blobs"), &json!({"content": file.fixed, "encoding": "utf-8"}), CONTENTS)
            .await
            .map_err(err)?;
        let sha = field(&blob, "/sha", "the new blob")?;
        entries.push(json!({"path": file.path, "mode": "100644", "type": "blob", "sha": sha}));
    }
    if entries.is_empty() {
        return Err(format!("no fix could be committed: {}", reasons(&refused)));
    }
    let tree = api
        .post(&api.repo_path("/git/trees"), &json!({"base_tree": base_tree, "tree": entries}), CONTENTS)
        .await
        .map_err(err)?;
    let message = &content.commit_message;
    let body = json!({"message": message, "tree": field(&tree, "/sha", "the new tree")?, "parents": [parent]});
    let commit = api.post(&api.repo_path("/git/commits"), &body, CONTENTS).await.map_err(err)?;
    let sha = field(&commit, "/sha", "the new commit")?;
    let existing =
        api.get_optional(&api.repo_path(&format!("/git/ref/heads/{branch}")), CONTENTS).await.map_err(err)?;
    if existing.is_some() {
        let update = json!({"sha": sha, "force": true});
        api.patch(&api.repo_path(&format!("/git/refs/heads/{branch}")), &update, CONTENTS).await.map_err(err)?;
    } else {
        let create = json!({"ref": format!("refs/heads/{branch}"), "sha": sha});
        api.post(&api.repo_path("/git/refs"), &create, CONTENTS).await.map_err(err)?;
    }
    let owner = api.repo.split('/').next().unwrap_or_default();
    let query = format!("/pulls?state=open&head={owner}:{branch}&base={target}");
    let open_pulls = api.get(&api.repo_path(&query), PULLS).await.map_err(err)?;
    let title = &content.title;
    let body = with_refused(&content.body, &refused);
    let pull: Option<&Value> = open_pulls.as_array().and_then(|l| l.first());
    let (number, created) = match pull.and_then(|p| p["number"].as_u64()) {
        Some(number) => {
            let update = json!({"title": title, "body": body});
            api.patch(&api.repo_path(&format!("/pulls/{number}")), &update, PULLS).await.map_err(err)?;
            (number, false)
        }
        None => {
            let create = json!({"title": title, "head": branch, "base": target, "body": body});
            let pull = api.post(&api.repo_path("/pulls"), &create, PULLS).await.map_err(err)?;
            (pull["number"].as_u64().unwrap_or_default(), true)
        }
    };
    Ok(Outcome { number, created, branch, refused })
}

fn reasons(refused: &[(String, String)]) -> String {
    refused.iter().map(|(path, why)| format!("{path}: {why}")).collect::<Vec<_>>().join("; ")
}

fn commit_message(fixes: &[RuleFix]) -> String {
    let mut message = format!("tollgate: {} verified fixes\n\n", fixes.len());
    for fix in fixes {
        let _ = writeln!(message, "- {} {} ({}:{})", fix.rule_id, fix.address, fix.file, fix.line);
    }
    message
}

/// The body with the files left out, and the note on re-runs.
fn with_refused(body: &str, refused: &[(String, String)]) -> String {
    let mut out = format!("{MARKER}\n{body}");
    if !refused.is_empty() {
        out.push_str("\n**Left out**\n\n");
        for (path, why) in refused {
            let _ = writeln!(out, "- `{path}`: {why}");
        }
    }
    out.push_str("\nRe-running tollgate updates this pull request; close it to decline the changes.\n");
    out
}

/// The body of a rule-fix pull request: one row per fix with its finding, risk and verification.
fn pr_body(fixes: &[RuleFix]) -> String {
    let mut out = "### tollgate: verified fixes\n\n".to_owned();
    out.push_str(
        "Each fix was applied in memory and the project re-checked: the edited files parse, the finding is \
         gone and no new finding appeared anywhere.\n\n",
    );
    out.push_str(
        "| Rule | Resource | Where | Risk | Findings fixed | Verification | Monthly cost |\n|---|---|---|---|---|---|---:|\n",
    );
    for fix in fixes {
        let risk = serde_json::to_value(fix.risk).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        let cost = match fix.monthly_cost_delta {
            Some(delta) if delta < 0.0 => format!("-${:.2}", -delta),
            Some(delta) => format!("+${delta:.2}"),
            None => "not priced".to_owned(),
        };
        let _ = writeln!(
            out,
            "| `{}` | `{}` | `{}:{}` | {risk} | {} | {} | {cost} |",
            fix.rule_id,
            cell(&fix.address),
            cell(&fix.file),
            fix.line,
            fix.findings.len(),
            match (&fix.status, &fix.proposed_by) {
                (FixStatus::Verified, Some(model)) => format!("verified (proposed by {model})"),
                (FixStatus::Verified, None) => "verified".to_owned(),
                _ => "not verified".to_owned(),
            }
        );
    }
    out
}
