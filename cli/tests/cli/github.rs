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

pub(crate) fn run(server: &FakeGitHub, dir: &Path, args: &[&str], extra: &[(&str, &str)]) -> Run {
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
pub(crate) fn scanned() -> TempRepo {
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
pub(crate) fn fixable_tree(server: &FakeGitHub, repo: &TempRepo) -> Vec<String> {
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
