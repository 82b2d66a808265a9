//! `tollgate github fix-pr` and `tollgate github drift-issue` against a GitHub REST API served on
//! 127.0.0.1 (`github_server`): fix pull requests built from blobs, a tree, a commit and a ref and
//! updated on re-runs, files that differ from the target refused, and the drift issue opened, updated
//! and closed.

use serde_json::{Value, json};

use crate::github::{fixable_tree, run};

use crate::github_server::FakeGitHub;
use crate::support::{TempRepo, repo_root, tollgate};

fn fixable(server: &FakeGitHub) -> TempRepo {
    let repo = TempRepo::new();
    repo.write(
        "infra/queue.tf",
        "# the job queue\nresource \"aws_sqs_queue\" \"jobs\" {\n  name                    = \"jobs\"\n  sqs_managed_sse_enabled = false # for the load test\n}\n",
    );
    fixable_tree(server, &repo);
    repo
}

#[test]
fn fix_pr_is_built_from_git_objects_and_updated_on_rerun() {
    let server = FakeGitHub::start();
    let repo = fixable(&server);
    let args = ["github", "fix-pr", ".", "--target-branch", "main", "--max-risk", "high", "--no-cache"];
    let first = run(&server, repo.path(), &args, &[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let calls = server.calls();
    let expected = [
        "GET /repos/octo-org/infra/git/ref/heads/main",
        "GET /repos/octo-org/infra/git/commits/",
        "GET /repos/octo-org/infra/git/trees/",
        "POST /repos/octo-org/infra/git/blobs",
        "POST /repos/octo-org/infra/git/trees",
        "POST /repos/octo-org/infra/git/commits",
        "GET /repos/octo-org/infra/git/ref/heads/tollgate/fixes/main",
        "POST /repos/octo-org/infra/git/refs",
        "GET /repos/octo-org/infra/pulls",
        "POST /repos/octo-org/infra/pulls",
    ];
    assert_eq!(calls.len(), expected.len(), "{calls:?}");
    for (call, want) in calls.iter().zip(expected) {
        assert!(call.starts_with(want), "{call} should start with {want}: {calls:?}");
    }
    let state = server.state();
    let fixed = state.blobs.values().next().expect("a blob").clone();
    assert!(fixed.contains("sqs_managed_sse_enabled = true # for the load test"), "{fixed}");
    assert!(fixed.starts_with("# the job queue\n"), "{fixed}");
    let tree_request =
        state.requests.iter().find(|r| r.method == "POST" && r.path.ends_with("/git/trees")).expect("tree");
    assert_eq!(tree_request.body["tree"][0]["path"], "infra/queue.tf");
    assert_eq!(state.pulls.len(), 1);
    assert_eq!(state.pulls[0]["head"]["ref"], "tollgate/fixes/main");
    assert!(state.pulls[0]["body"].as_str().is_some_and(|b| b.contains("AWS018")), "{}", state.pulls[0]["body"]);
    drop(state);
    // A re-run moves the same branch and edits the same pull request.
    server.clear_requests();
    let second = run(&server, repo.path(), &args, &[]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let calls = server.calls();
    assert!(calls.iter().any(|c| c == "PATCH /repos/octo-org/infra/git/refs/heads/tollgate/fixes/main"), "{calls:?}");
    assert!(calls.iter().any(|c| c == "PATCH /repos/octo-org/infra/pulls/41"), "{calls:?}");
    assert!(!calls.iter().any(|c| c == "POST /repos/octo-org/infra/pulls"), "{calls:?}");
    assert_eq!(server.state().pulls.len(), 1);
}

#[test]
fn fix_pr_refuses_files_that_differ_from_the_target_and_opens_nothing_without_fixes() {
    let server = FakeGitHub::start();
    let repo = fixable(&server);
    // The work tree no longer matches `main` on the server.
    let edited = std::fs::read_to_string(repo.path().join("infra/queue.tf")).expect("read") + "# local edit\n";
    repo.write("infra/queue.tf", edited);
    let args = ["github", "fix-pr", ".", "--target-branch", "main", "--max-risk", "high", "--no-cache"];
    let refused = run(&server, repo.path(), &args, &[]);
    assert_eq!(refused.code, 2, "{}", refused.stderr);
    assert!(refused.stderr.contains("infra/queue.tf: the file on `main` differs"), "{}", refused.stderr);
    assert!(server.state().pulls.is_empty());
    server.clear_requests();
    repo.write("infra/queue.tf", "resource \"aws_sqs_queue\" \"jobs\" {\n  name = \"jobs\"\n}\n");
    let clean = run(&server, repo.path(), &args, &[]);
    assert_eq!(clean.code, 0, "{}", clean.stderr);
    assert!(clean.stderr.contains("nothing to fix"), "{}", clean.stderr);
    assert!(server.calls().is_empty(), "{:?}", server.calls());
}

#[test]
fn the_drift_issue_is_opened_updated_and_closed() {
    let server = FakeGitHub::start();
    let root = repo_root();
    let out = tempfile::tempdir().expect("temp dir");
    let report = out.path().join("drift.json");
    let report_arg = report.display().to_string();
    let drift = tollgate(
        &root,
        &["drift", "testdata/drift/aws", "--live", "testdata/drift/aws/live", "-f", "json", "-o", &report_arg],
    );
    assert_eq!(drift.code, 1, "{}", drift.stderr);
    let args = ["github", "drift-issue", "--report", report_arg.as_str()];
    let opened =
        run(&server, out.path(), &args, &[("GITHUB_RUN_ID", "99"), ("GITHUB_SERVER_URL", "https://github.com")]);
    assert_eq!(opened.code, 0, "{}", opened.stderr);
    let issue = server.state().issues[0].clone();
    assert_eq!(issue["labels"][0]["name"], "tollgate-drift");
    assert_eq!(issue["title"], "Drift: 1 missing, 2 unmanaged, 3 changed");
    let body = issue["body"].as_str().expect("body");
    assert!(body.contains("<!-- tollgate:drift-issue -->") && body.contains("What to do"), "{body}");
    assert!(body.contains("https://github.com/octo-org/infra/actions/runs/99"), "{body}");
    let updated = run(&server, out.path(), &args, &[]);
    assert_eq!(updated.code, 0, "{}", updated.stderr);
    assert_eq!(server.state().issues.len(), 1, "the same issue is updated");
    assert!(updated.stderr.contains("updated drift issue #7"), "{}", updated.stderr);
    // Drift gone: the issue is closed with a comment.
    let mut clean: Value = serde_json::from_str(&std::fs::read_to_string(&report).expect("read")).expect("json");
    clean["summary"]["result"] = json!("clean");
    for class in ["missing", "unmanaged", "changed"] {
        clean[class] = json!([]);
        clean["summary"][class] = json!(0);
    }
    std::fs::write(&report, clean.to_string()).expect("write");
    let closed = run(&server, out.path(), &args, &[]);
    assert_eq!(closed.code, 0, "{}", closed.stderr);
    assert_eq!(server.state().issues[0]["state"], "closed");
    assert_eq!(server.state().comments[&7].len(), 1, "a closing comment");
    let again = run(&server, out.path(), &args, &[]);
    assert!(again.stderr.contains("nothing to do"), "{}", again.stderr);
}
