//! `tollgate github ...` against a GitHub REST API served on 127.0.0.1 (`github_server`): the
//! sticky comment is created once and then edited, annotations go 50 per request, fix pull requests
//! are built from blobs, a tree, a commit and a ref and updated on re-runs, the drift issue is
//! opened, updated and closed, and a 403 names the permission the token lacks.

use std::path::Path;

use serde_json::{Value, json};

use crate::git::git;
use crate::github_server::{FakeGitHub, Scripted};
use crate::support::{Run, TempRepo, repo_root, tollgate, tollgate_env};

const QUEUES: &str = r#"resource "aws_sqs_queue" "jobs" {
  count                   = 60
  name                    = "jobs-${count.index}"
  sqs_managed_sse_enabled = false
}
"#;

const HEAD: &str = "6dcb09b5b57875f334f61aebed695e2e4193db5e";

const BASE: &str = "9b2a1d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c";

/// A pull-request event as Actions writes it to GITHUB_EVENT_PATH (the fields tollgate reads).
fn event(dir: &Path) -> String {
    event_with_base(dir, BASE)
}

fn event_with_base(dir: &Path, base: &str) -> String {
    let event = json!({
        "action": "synchronize",
        "number": 7,
        "pull_request": {
            "number": 7,
            "head": {"ref": "feature", "sha": HEAD, "repo": {"full_name": "octo-org/infra"}},
            "base": {"ref": "main", "sha": base, "repo": {"full_name": "octo-org/infra"}}
        },
        "repository": {"full_name": "octo-org/infra", "default_branch": "main"}
    });
    let path = dir.join("event.json");
    std::fs::write(&path, event.to_string()).expect("write event");
    path.display().to_string()
}

fn run(server: &FakeGitHub, dir: &Path, args: &[&str], extra: &[(&str, &str)]) -> Run {
    run_with_event(server, dir, args, extra, &event(dir))
}

fn run_with_event(server: &FakeGitHub, dir: &Path, args: &[&str], extra: &[(&str, &str)], event: &str) -> Run {
    let mut env = vec![
        ("GITHUB_TOKEN", "ghs_test_token"),
        ("GITHUB_API_URL", server.url.as_str()),
        ("GITHUB_REPOSITORY", "octo-org/infra"),
        ("GITHUB_EVENT_PATH", event),
    ];
    env.extend_from_slice(extra);
    tollgate_env(dir, args, &env)
}

/// A directory with 60 findings and their JSON report at `report.json`.
fn scanned() -> TempRepo {
    let repo = TempRepo::new();
    repo.write("main.tf", QUEUES);
    let run = tollgate(repo.path(), &["check", "main.tf", "--format", "json", "--output", "report.json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    repo
}

#[test]
fn the_comment_is_created_once_then_edited() {
    let server = FakeGitHub::start();
    let repo = scanned();
    let first = run(&server, repo.path(), &["github", "comment", "--report", "report.json"], &[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(
        server.calls(),
        ["GET /repos/octo-org/infra/issues/7/comments", "POST /repos/octo-org/infra/issues/7/comments"]
    );
    let auth = server.state().requests[0].authorization.clone();
    assert_eq!(auth.as_deref(), Some("Bearer ghs_test_token"));
    let body = server.state().comments[&7][0]["body"].as_str().expect("body").to_owned();
    assert!(body.starts_with("<!-- tollgate:pr-comment -->"), "{body}");
    assert!(body.contains("❌ **tollgate: failed**"), "{body}");
    assert!(body.contains(&format!("](https://github.com/octo-org/infra/blob/{HEAD}/main.tf#L4)")), "{body}");
    // The second run finds the comment by its marker and edits it.
    server.clear_requests();
    repo.write("main.tf", "resource \"aws_sqs_queue\" \"jobs\" {\n  name = \"jobs\"\n}\n");
    let clean = tollgate(repo.path(), &["check", "main.tf", "--format", "json", "--output", "report.json"]);
    assert_eq!(clean.code, 0, "{}", clean.stderr);
    let second = run(&server, repo.path(), &["github", "comment", "--report", "report.json"], &[]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let calls = server.calls();
    assert_eq!(calls.len(), 2, "{calls:?}");
    assert!(calls[1].starts_with("PATCH /repos/octo-org/infra/issues/comments/"), "{calls:?}");
    let comments = server.state().comments[&7].clone();
    assert_eq!(comments.len(), 1);
    assert!(comments[0]["body"].as_str().is_some_and(|b| b.contains("✅ **tollgate: all checks passed**")));
}

#[test]
fn annotations_are_sent_fifty_per_request() {
    let server = FakeGitHub::start();
    let repo = scanned();
    let run = run(&server, repo.path(), &["github", "check", "--report", "report.json"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let requests = server.state().requests.clone();
    let methods: Vec<&str> = requests.iter().map(|r| r.method.as_str()).collect();
    assert_eq!(methods, ["POST", "PATCH"]);
    let created = &requests[0].body;
    assert_eq!(created["head_sha"], HEAD);
    assert_eq!(created["conclusion"], "failure");
    assert_eq!(created["output"]["annotations"].as_array().map(Vec::len), Some(50));
    assert_eq!(requests[1].body["output"]["annotations"].as_array().map(Vec::len), Some(10));
    let first = &created["output"]["annotations"][0];
    assert_eq!(first["path"], "main.tf");
    assert_eq!(first["start_line"], 4);
    assert_eq!(first["annotation_level"], "notice");
    assert_eq!(server.state().check_runs[0]["output"]["annotations_count"], 60);
}

#[test]
fn pr_writes_the_summary_and_sarif_then_posts_and_exits_with_the_gate() {
    let server = FakeGitHub::start();
    let repo = scanned();
    let summary = repo.path().join("summary.md");
    let summary_env = summary.display().to_string();
    let args = ["github", "pr", "--report", "report.json", "--sarif", "out.sarif"];
    let run = run(&server, repo.path(), &args, &[("GITHUB_STEP_SUMMARY", &summary_env)]);
    assert_eq!(run.code, 1, "the gate's exit code: {}", run.stderr);
    let text = std::fs::read_to_string(&summary).expect("job summary written");
    assert!(text.contains("60 findings"), "{text}");
    let sarif: Value = serde_json::from_str(&std::fs::read_to_string(repo.path().join("out.sarif")).expect("sarif"))
        .expect("SARIF is JSON");
    assert_eq!(sarif["runs"][0]["results"].as_array().map(Vec::len), Some(60));
    let calls = server.calls();
    assert_eq!(calls.len(), 4, "comment list + create, check create + update: {calls:?}");
}

#[test]
fn a_forbidden_token_names_the_permission_and_the_local_outputs_are_kept() {
    let server = FakeGitHub::start();
    let repo = scanned();
    server.script(Scripted {
        method: "POST",
        prefix: "/repos/octo-org/infra/issues/7/comments".into(),
        status: 403,
        headers: vec![],
        body: json!({"message": "Resource not accessible by integration",
                     "documentation_url": "https://docs.github.com/rest/issues/comments#create-an-issue-comment"}),
        times: 1,
    });
    let run = run(&server, repo.path(), &["github", "pr", "--report", "report.json", "--sarif", "out.sarif"], &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("Resource not accessible by integration"), "{}", run.stderr);
    assert!(run.stderr.contains("`pull-requests: write`"), "{}", run.stderr);
    assert!(repo.path().join("out.sarif").exists(), "SARIF is written before posting");
    assert_eq!(server.calls().len(), 2, "a plain 403 is not retried");
}

#[test]
fn server_errors_and_secondary_rate_limits_are_retried_on_github_enterprise_urls() {
    let server = FakeGitHub::start();
    let repo = scanned();
    server.script(Scripted {
        method: "GET",
        prefix: "/api/v3/repos/octo-org/infra/issues/7/comments".into(),
        status: 503,
        headers: vec![("retry-after", "0")],
        body: json!({"message": "Service Unavailable"}),
        times: 2,
    });
    server.script(Scripted {
        method: "POST",
        prefix: "/api/v3/repos/octo-org/infra/issues/7/comments".into(),
        status: 403,
        headers: vec![("retry-after", "0")],
        body: json!({"message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
                     "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"}),
        times: 1,
    });
    let enterprise = format!("{}/api/v3", server.url);
    let args = ["github", "comment", "--report", "report.json"];
    let run = run(&server, repo.path(), &args, &[("GITHUB_API_URL", &enterprise)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let calls = server.calls();
    assert_eq!(calls.iter().filter(|c| c.starts_with("GET")).count(), 3, "{calls:?}");
    assert_eq!(calls.iter().filter(|c| c.starts_with("POST")).count(), 2, "{calls:?}");
    assert!(server.state().requests.iter().all(|r| r.path.starts_with("/api/v3/")));
    assert_eq!(server.state().comments[&7].len(), 1);
}

#[test]
fn a_long_report_is_trimmed_to_the_comment_limit_and_the_drift_summary_is_included() {
    let server = FakeGitHub::start();
    let repo = TempRepo::new();
    let name = "a-queue-name-long-enough-to-make-every-row-of-the-comment-table-long".repeat(3);
    repo.write(
        "main.tf",
        format!("resource \"aws_sqs_queue\" \"{name}\" {{\n  count = 1500\n  sqs_managed_sse_enabled = false\n}}\n"),
    );
    let scan = tollgate(repo.path(), &["check", "main.tf", "--format", "json", "--output", "report.json"]);
    assert_eq!(scan.code, 1, "{}", scan.stderr);
    let drift_file = repo.path().join("drift.json").display().to_string();
    let drift_args =
        ["drift", "testdata/drift/aws", "--live", "testdata/drift/aws/live", "-f", "json", "-o", &drift_file];
    let drift = tollgate(&repo_root(), &drift_args);
    assert_eq!(drift.code, 1, "{}", drift.stderr);
    let env = [("GITHUB_RUN_ID", "4242"), ("GITHUB_SERVER_URL", "https://github.com")];
    let args = ["github", "comment", "--report", "report.json", "--drift", "drift.json"];
    let run = run(&server, repo.path(), &args, &env);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let body = server.state().comments[&7][0]["body"].as_str().expect("body").to_owned();
    assert!(body.chars().count() <= 65_536, "{} characters", body.chars().count());
    let pointer =
        "more, not shown to fit a comment: see the [job summary](https://github.com/octo-org/infra/actions/runs/4242)";
    assert!(body.contains(pointer), "{body}");
    assert!(body.contains("<summary>Drift: 1 missing, 2 unmanaged, 3 changed</summary>"), "{body}");
}

#[test]
fn missing_token_and_pull_request_are_clear_errors() {
    let repo = scanned();
    let run = tollgate_env(repo.path(), &["github", "comment", "--report", "report.json"], &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no GitHub token: set GITHUB_TOKEN"), "{}", run.stderr);
    let env =
        [("GITHUB_TOKEN", "t"), ("GITHUB_REPOSITORY", "octo-org/infra"), ("GITHUB_API_URL", "http://127.0.0.1:9")];
    let run = tollgate_env(repo.path(), &["github", "comment", "--report", "report.json"], &env);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no pull request"), "{}", run.stderr);
}

/// A git repository with one fixable finding, committed on `main`; the server knows its tree.
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

#[test]
fn pr_scans_against_the_event_base_when_no_report_is_given() {
    let server = FakeGitHub::start();
    let repo = TempRepo::new();
    let commit = |message: &str| {
        git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@example.com", "add", "-A"]);
        git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", message]);
        git(repo.path(), &["rev-parse", "HEAD"]).trim().to_owned()
    };
    repo.write("infra/queue.tf", "resource \"aws_sqs_queue\" \"old\" {\n  sqs_managed_sse_enabled = false\n}\n");
    git(repo.path(), &["init", "-q", "-b", "main"]);
    let base = commit("base");
    repo.write(
        "infra/jobs.tf",
        "resource \"aws_sqs_queue\" \"jobs\" {\n  name                    = \"jobs\"\n  sqs_managed_sse_enabled = false\n}\n",
    );
    commit("add the jobs queue");
    let outputs = repo.path().join("outputs.txt");
    let outputs_env = outputs.display().to_string();
    let event = event_with_base(repo.path(), &base);
    let args = ["github", "pr", "infra", "--new-only", "--write-report", "report.json"];
    let run = run_with_event(&server, repo.path(), &args, &[("GITHUB_OUTPUT", &outputs_env)], &event);
    assert_eq!(run.code, 1, "the new finding fails the gate: {}", run.stderr);
    let outputs = std::fs::read_to_string(&outputs).expect("step outputs");
    assert!(outputs.contains("findings=2\nnew=1\nresult=fail\nreport=report.json\ncost_delta=\n"), "{outputs}");
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(repo.path().join("report.json")).expect("report")).expect("json");
    assert_eq!(report["summary"]["new"], 1);
    let comment = server.state().requests.iter().find(|r| r.method == "POST").expect("comment").body.clone();
    insta::assert_json_snapshot!("pr_comment_new_findings", comment);
    let check = server.state().check_runs[0].clone();
    assert_eq!(check["conclusion"], "failure");
    assert_eq!(check["output"]["annotations"].as_array().map(Vec::len), Some(1), "only the new finding");
    assert_eq!(check["output"]["annotations"][0]["path"], "infra/jobs.tf");
}

#[test]
fn the_drift_issue_can_bring_a_codify_pull_request() {
    let server = FakeGitHub::start();
    let repo = TempRepo::new();
    let source = repo_root().join("testdata/drift/aws");
    repo.write("main.tf", std::fs::read(source.join("main.tf")).expect("main.tf"));
    for name in ["terraform.tfstate", "inventory.json"] {
        repo.write(&format!("live/{name}"), std::fs::read(source.join("live").join(name)).expect("snapshot"));
    }
    let fixable = fixable_tree(&server, &repo);
    assert!(fixable.contains(&"main.tf".to_owned()));
    let drift = tollgate(repo.path(), &["drift", ".", "--live", "live", "-f", "json", "-o", "drift.json"]);
    assert_eq!(drift.code, 1, "{}", drift.stderr);
    let args = ["github", "drift-issue", "--report", "drift.json", "--fix-pr", "codify", "--live", "live", "."];
    let run = run(&server, repo.path(), &args, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let state = server.state();
    assert_eq!(state.issues.len(), 1);
    assert_eq!(state.pulls.len(), 1, "{}", run.stderr);
    assert_eq!(state.pulls[0]["head"]["ref"], "tollgate/drift-codify/main");
    assert_eq!(state.pulls[0]["base"]["ref"], "main");
    let fixed = state.blobs.values().next().expect("blob");
    assert!(fixed.contains("status = \"Suspended\""), "{fixed}");
    let body = state.pulls[0]["body"].as_str().expect("body");
    assert!(body.contains("aws_s3_bucket_versioning.logs") && body.contains("codify live changes"), "{body}");
}

/// Commits the repository's files on `main` with git and gives the server that commit and tree.
fn fixable_tree(server: &FakeGitHub, repo: &TempRepo) -> Vec<String> {
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@example.com", "add", "-A"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base"]);
    let head = git(repo.path(), &["rev-parse", "HEAD"]).trim().to_owned();
    let tree = git(repo.path(), &["rev-parse", "HEAD^{tree}"]).trim().to_owned();
    let entries: Vec<(String, String)> = git(repo.path(), &["ls-tree", "-r", "HEAD"])
        .lines()
        .filter_map(|l| {
            let (meta, path) = l.split_once('\t')?;
            Some((path.to_owned(), meta.split_whitespace().nth(2)?.to_owned()))
        })
        .collect();
    let paths = entries.iter().map(|(p, _)| p.clone()).collect();
    let mut state = server.state();
    state.refs.insert("main".into(), head.clone());
    state.commits.insert(head, tree.clone());
    state.trees.insert(tree, entries);
    paths
}

#[test]
fn the_comment_shows_the_cost_delta_of_the_pull_request() {
    let server = FakeGitHub::start();
    let repo = TempRepo::new();
    let instance = |machine: &str| {
        format!(
            "resource \"google_compute_instance\" \"app\" {{\n  name         = \"app\"\n  machine_type = \"{machine}\"\n  zone         = \"us-central1-a\"\n  boot_disk {{\n    initialize_params {{\n      size = 20\n      type = \"pd-balanced\"\n    }}\n  }}\n  network_interface {{\n    network = \"default\"\n  }}\n}}\n"
        )
    };
    repo.write("infra/main.tf", instance("e2-medium"));
    fixable_tree(&server, &repo);
    repo.write("infra/main.tf", instance("e2-standard-4"));
    let cost = tollgate(repo.path(), &["cost", "infra", "--base", "main", "--format", "json", "--output", "cost.json"]);
    assert_eq!(cost.code, 0, "{}", cost.stderr);
    let check = tollgate(repo.path(), &["check", "infra", "--format", "json", "--output", "report.json"]);
    assert!(check.code <= 1, "{}", check.stderr);
    let run = run(&server, repo.path(), &["github", "comment", "--report", "report.json", "--cost", "cost.json"], &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let body = server.state().comments[&7][0]["body"].as_str().expect("body").to_owned();
    // e2-medium: 730 h x 0.03350571 + 20 GB x 0.10 = 26.46; e2-standard-4: 730 h x 0.13402284 + 2.00 = 99.84.
    assert!(body.contains("<b>Monthly cost: $26.46 → $99.84 (+$73.38)</b>"), "{body}");
    assert!(body.contains("| changed | `google_compute_instance.app` | $26.46 | $99.84 | +$73.38 |"), "{body}");
}
