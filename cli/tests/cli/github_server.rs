//! A GitHub REST API on 127.0.0.1 for the `github` command tests (on `local_http`): response bodies
//! shaped as GitHub's documented examples, state kept between requests (comments, check runs, git
//! objects and refs, pull requests, issues), every request recorded, and scripted failures.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::{Value, json};

pub use crate::local_http::Recorded;
use crate::local_http::{self, Answer};

/// A canned answer for the next requests matching a method and path prefix.
pub struct Scripted {
    pub method: &'static str,
    pub prefix: String,
    pub status: u16,
    pub headers: Vec<(&'static str, &'static str)>,
    pub body: Value,
    /// How many matching requests get it.
    pub times: usize,
}

#[derive(Default)]
pub struct State {
    pub requests: Vec<Recorded>,
    pub scripted: Vec<Scripted>,
    /// Issue comments by issue number.
    pub comments: BTreeMap<u64, Vec<Value>>,
    pub check_runs: Vec<Value>,
    /// Branch name to commit sha.
    pub refs: BTreeMap<String, String>,
    /// Commit sha to tree sha.
    pub commits: BTreeMap<String, String>,
    /// Tree sha to entries (path, sha).
    pub trees: BTreeMap<String, Vec<(String, String)>>,
    pub blobs: BTreeMap<String, String>,
    pub pulls: Vec<Value>,
    pub issues: Vec<Value>,
    next_id: u64,
}

pub struct FakeGitHub {
    pub url: String,
    state: Arc<Mutex<State>>,
}

const REPO: &str = "/repos/octo-org/infra";

impl FakeGitHub {
    pub fn start() -> FakeGitHub {
        let state = Arc::new(Mutex::new(State { next_id: 1000, ..State::default() }));
        let shared = Arc::clone(&state);
        let url = local_http::start(move |request| respond(&mut shared.lock().expect("state lock"), request));
        FakeGitHub { url, state }
    }

    pub fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().expect("state lock")
    }

    /// The recorded requests as `METHOD path` (query left out), in order.
    pub fn calls(&self) -> Vec<String> {
        let path = |r: &Recorded| r.path.split('?').next().unwrap_or("").trim_start_matches("/api/v3").to_owned();
        self.state().requests.iter().map(|r| format!("{} {}", r.method, path(r))).collect()
    }

    pub fn clear_requests(&self) {
        self.state().requests.clear();
    }

    pub fn script(&self, scripted: Scripted) {
        self.state().scripted.push(scripted);
    }
}

fn not_found() -> Answer {
    (404, vec![], json!({"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}))
}

fn user() -> Value {
    json!({"login": "github-actions[bot]", "id": 41898282, "node_id": "MDM6Qm90NDE4OTgyODI=", "type": "Bot",
           "avatar_url": "https://avatars.githubusercontent.com/in/15368?v=4", "site_admin": false,
           "url": "https://api.github.com/users/github-actions%5Bbot%5D",
           "html_url": "https://github.com/apps/github-actions"})
}

fn respond(state: &mut State, request: Recorded) -> Answer {
    let (method, full) = (request.method.clone(), request.path.clone());
    let body = request.body.clone();
    state.requests.push(request);
    if let Some(index) = state.scripted.iter().position(|s| s.method == method && full.starts_with(&s.prefix)) {
        let scripted = &mut state.scripted[index];
        scripted.times -= 1;
        let answer = (scripted.status, scripted.headers.clone(), scripted.body.clone());
        if scripted.times == 0 {
            state.scripted.remove(index);
        }
        return answer;
    }
    let (path, query) = full.split_once('?').unwrap_or((full.as_str(), ""));
    // GitHub Enterprise Server serves the same API under `/api/v3`.
    let path = path.strip_prefix("/api/v3").unwrap_or(path);
    let Some(route) = path.strip_prefix(REPO) else { return not_found() };
    let page_one = !query.contains("page=") || query.contains("&page=1") || query.starts_with("page=1");
    state.next_id += 1;
    let id = state.next_id;
    let segments: Vec<&str> = route.trim_start_matches('/').split('/').collect();
    let now = "2026-11-30T12:00:00Z";
    match (method.as_str(), segments.as_slice()) {
        ("GET", ["issues", number, "comments"]) => {
            let list = state.comments.get(&number.parse().unwrap_or(0)).cloned().unwrap_or_default();
            (200, vec![], Value::Array(if page_one { list } else { Vec::new() }))
        }
        ("POST", ["issues", number, "comments"]) => {
            let comment = json!({"id": id, "node_id": "IC_kwDOA", "url": format!("https://api.github.com{REPO}/issues/comments/{id}"),
                "html_url": format!("https://github.com/octo-org/infra/pull/{number}#issuecomment-{id}"),
                "body": body["body"], "user": user(), "created_at": now, "updated_at": now,
                "issue_url": format!("https://api.github.com{REPO}/issues/{number}"), "author_association": "NONE"});
            state.comments.entry(number.parse().unwrap_or(0)).or_default().push(comment.clone());
            (201, vec![], comment)
        }
        ("PATCH", ["issues", "comments", comment_id]) => {
            let found = state.comments.values_mut().flatten().find(|c| c["id"].as_u64() == comment_id.parse().ok());
            match found {
                Some(comment) => {
                    comment["body"] = body["body"].clone();
                    (200, vec![], comment.clone())
                }
                None => not_found(),
            }
        }
        ("POST", ["check-runs"]) => {
            let mut run = body.clone();
            run["id"] = json!(id);
            run["node_id"] = json!("CR_kwDOA");
            run["html_url"] = json!(format!("https://github.com/octo-org/infra/runs/{id}"));
            run["output"]["annotations_count"] = json!(body["output"]["annotations"].as_array().map_or(0, Vec::len));
            state.check_runs.push(run.clone());
            (201, vec![], run)
        }
        ("PATCH", ["check-runs", run_id]) => {
            let Some(run) = state.check_runs.iter_mut().find(|r| r["id"].as_u64() == run_id.parse().ok()) else {
                return not_found();
            };
            let added = body["output"]["annotations"].as_array().map_or(0, Vec::len) as u64;
            let count = run["output"]["annotations_count"].as_u64().unwrap_or(0) + added;
            run["output"]["annotations_count"] = json!(count);
            (200, vec![], run.clone())
        }
        ("GET", ["git", "ref", "heads", branch @ ..]) => {
            let branch = branch.join("/");
            match state.refs.get(&branch) {
                Some(sha) => (200, vec![], git_ref(&branch, sha)),
                None => not_found(),
            }
        }
        ("GET", ["git", "commits", sha]) => match state.commits.get(*sha) {
            Some(tree) => (
                200,
                vec![],
                json!({"sha": sha, "node_id": "C_kwDOA", "tree": {"sha": tree, "url": ""},
                "message": "base", "parents": [], "verification": {"verified": false, "reason": "unsigned"}}),
            ),
            None => not_found(),
        },
        ("GET", ["git", "trees", sha]) => match state.trees.get(*sha) {
            Some(entries) => {
                let tree: Vec<Value> = entries
                    .iter()
                    .map(|(p, s)| json!({"path": p, "mode": "100644", "type": "blob", "sha": s, "size": 1, "url": ""}))
                    .collect();
                (200, vec![], json!({"sha": sha, "url": "", "tree": tree, "truncated": false}))
            }
            None => not_found(),
        },
        ("POST", ["git", "blobs"]) => {
            let sha = format!("{id:040x}");
            state.blobs.insert(sha.clone(), body["content"].as_str().unwrap_or_default().to_owned());
            (201, vec![], json!({"url": format!("https://api.github.com{REPO}/git/blobs/{sha}"), "sha": sha}))
        }
        ("POST", ["git", "trees"]) => {
            let sha = format!("{id:040x}");
            let mut entries =
                state.trees.get(body["base_tree"].as_str().unwrap_or_default()).cloned().unwrap_or_default();
            for entry in body["tree"].as_array().into_iter().flatten() {
                let path = entry["path"].as_str().unwrap_or_default().to_owned();
                entries.retain(|(p, _)| *p != path);
                entries.push((path, entry["sha"].as_str().unwrap_or_default().to_owned()));
            }
            state.trees.insert(sha.clone(), entries);
            (201, vec![], json!({"sha": sha, "url": "", "tree": body["tree"], "truncated": false}))
        }
        ("POST", ["git", "commits"]) => {
            let sha = format!("{id:040x}");
            state.commits.insert(sha.clone(), body["tree"].as_str().unwrap_or_default().to_owned());
            (
                201,
                vec![],
                json!({"sha": sha, "node_id": "C_kwDOA", "message": body["message"],
                "tree": {"sha": body["tree"], "url": ""}, "parents": [{"sha": body["parents"][0], "url": ""}],
                "verification": {"verified": false, "reason": "unsigned"}}),
            )
        }
        ("POST", ["git", "refs"]) => {
            let name = body["ref"].as_str().unwrap_or_default().trim_start_matches("refs/heads/").to_owned();
            if state.refs.contains_key(&name) {
                return (422, vec![], json!({"message": "Reference already exists"}));
            }
            let sha = body["sha"].as_str().unwrap_or_default().to_owned();
            state.refs.insert(name.clone(), sha.clone());
            (201, vec![], git_ref(&name, &sha))
        }
        ("PATCH", ["git", "refs", "heads", branch @ ..]) => {
            let branch = branch.join("/");
            let sha = body["sha"].as_str().unwrap_or_default().to_owned();
            if state.refs.insert(branch.clone(), sha.clone()).is_none() {
                return (422, vec![], json!({"message": "Reference does not exist"}));
            }
            (200, vec![], git_ref(&branch, &sha))
        }
        ("GET", ["pulls"]) => {
            let head = query.split('&').find_map(|p| p.strip_prefix("head=")).unwrap_or_default();
            let list: Vec<Value> = state
                .pulls
                .iter()
                .filter(|p| {
                    p["state"] == "open" && format!("octo-org:{}", p["head"]["ref"].as_str().unwrap_or("")) == head
                })
                .cloned()
                .collect();
            (200, vec![], Value::Array(if page_one { list } else { Vec::new() }))
        }
        ("POST", ["pulls"]) => {
            let number = state.pulls.len() as u64 + 41;
            let pull = json!({"id": id, "number": number, "state": "open", "title": body["title"], "body": body["body"],
                "html_url": format!("https://github.com/octo-org/infra/pull/{number}"), "user": user(),
                "head": {"ref": body["head"], "sha": state.refs.get(body["head"].as_str().unwrap_or("")).cloned().unwrap_or_default()},
                "base": {"ref": body["base"]}, "draft": false, "created_at": now, "updated_at": now});
            state.pulls.push(pull.clone());
            (201, vec![], pull)
        }
        ("PATCH", ["pulls", number]) => edit(&mut state.pulls, number, &body),
        ("GET", ["issues"]) => {
            let label = query.split('&').find_map(|p| p.strip_prefix("labels=")).unwrap_or_default();
            let list: Vec<Value> = state
                .issues
                .iter()
                .filter(|i| {
                    i["state"] == "open" && i["labels"].as_array().into_iter().flatten().any(|l| l["name"] == label)
                })
                .cloned()
                .collect();
            (200, vec![], Value::Array(if page_one { list } else { Vec::new() }))
        }
        ("POST", ["issues"]) => {
            let number = state.issues.len() as u64 + 7;
            let labels: Vec<Value> =
                body["labels"].as_array().into_iter().flatten().map(|l| json!({"name": l})).collect();
            let issue = json!({"id": id, "number": number, "state": "open", "title": body["title"], "body": body["body"],
                "labels": labels, "user": user(), "html_url": format!("https://github.com/octo-org/infra/issues/{number}"),
                "created_at": now, "updated_at": now, "comments": 0});
            state.issues.push(issue.clone());
            (201, vec![], issue)
        }
        ("PATCH", ["issues", number]) => edit(&mut state.issues, number, &body),
        _ => not_found(),
    }
}

fn git_ref(branch: &str, sha: &str) -> Value {
    json!({"ref": format!("refs/heads/{branch}"), "node_id": "REF_kwDOA",
           "url": format!("https://api.github.com{REPO}/git/refs/heads/{branch}"),
           "object": {"type": "commit", "sha": sha, "url": ""}})
}

/// Applies a PATCH body's fields to the numbered item.
fn edit(items: &mut [Value], number: &str, body: &Value) -> Answer {
    let Some(item) = items.iter_mut().find(|i| i["number"].as_u64() == number.parse().ok()) else { return not_found() };
    for (key, value) in body.as_object().into_iter().flatten() {
        item[key] = value.clone();
    }
    (200, vec![], item.clone())
}
