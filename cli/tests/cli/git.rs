//! Git-native scans on real repositories made with `git` in temp directories: `--rev`, `--base` with
//! new/unchanged/fixed, moved resources, policies from the base, module callers, `--staged`, bare clones.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::support::{PUBLIC_BUCKET, TempRepo, tollgate};

/// Runs git in `dir`, panicking with its output on failure.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .args(["-c", "user.name=tollgate", "-c", "user.email=tests@tollgate.dev", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs");
    assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// A repository with one commit of `files`, AWS005 disabled so each bucket gives one finding.
fn repo_with(files: &[(&str, &str)]) -> TempRepo {
    let repo = TempRepo::new();
    git(repo.path(), &["init", "-q", "-b", "main"]);
    repo.write(".tollgate.yaml", "rules:\n  disable: [AWS005]\n");
    for (name, text) in files {
        repo.write(name, text);
    }
    commit(&repo, "base");
    repo
}

fn commit(repo: &TempRepo, message: &str) {
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", message]);
}

fn bucket(name: &str) -> String {
    PUBLIC_BUCKET.replace("\"site\"", &format!("\"{name}\""))
}

fn changes(report: &Value) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["change"].as_str().unwrap_or("").into(),
                f["rule_id"].as_str().unwrap_or("").into(),
                f["resource"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_new_finding_is_new_and_the_old_one_unchanged() {
    let repo = repo_with(&[("infra/main.tf", &bucket("old"))]);
    repo.write("infra/main.tf", format!("{}\n{}", bucket("old"), bucket("added")));
    commit(&repo, "head");
    let (run, report) = repo.check_json(&["--base", "HEAD~1", "--head", "HEAD"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        changes(&report),
        vec![
            ("new".into(), "AWS001".into(), "aws_s3_bucket.added".into()),
            ("unchanged".into(), "AWS001".into(), "aws_s3_bucket.old".into())
        ]
    );
    assert_eq!((report["summary"]["new"].as_u64(), report["summary"]["unchanged"].as_u64()), (Some(1), Some(1)));
    let md = tollgate(repo.path(), &["check", "--base", "HEAD~1", "--format", "markdown"]);
    assert!(md.stdout.contains("1 new") && md.stdout.contains("1 unchanged"), "{}", md.stdout);
}

/// Files whose size and times match the index are taken at the index's blob id unread (as `git status`
/// does); an edit changes the times, so it is still seen.
#[test]
fn work_tree_files_the_index_vouches_for_are_not_reread_and_edits_are_seen() {
    let repo = repo_with(&[("a/main.tf", &bucket("alpha")), ("b/main.tf", &bucket("beta"))]);
    let past = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000);
    for file in ["a/main.tf", "b/main.tf", ".tollgate.yaml"] {
        std::fs::File::options().write(true).open(repo.path().join(file)).unwrap().set_modified(past).unwrap();
    }
    // The index records the new times, and is written after them: its entries are not racy.
    git(repo.path(), &["update-index", "--refresh"]);
    repo.write("b/main.tf", format!("{}\n{}", bucket("beta"), bucket("gamma")));
    let (run, report) = repo.check_json(&["--base", "HEAD"]);
    assert_eq!(run.code, 1, "{report:#}");
    assert_eq!(
        changes(&report),
        vec![
            ("new".into(), "AWS001".into(), "aws_s3_bucket.gamma".into()),
            ("unchanged".into(), "AWS001".into(), "aws_s3_bucket.beta".into())
        ]
    );
}

#[test]
fn moving_a_resource_to_another_file_is_not_new() {
    let repo = repo_with(&[("infra/main.tf", &bucket("logs"))]);
    std::fs::remove_file(repo.path().join("infra/main.tf")).expect("rm");
    repo.write("infra/buckets.tf", format!("# moved\n\n{}", bucket("logs")));
    // head = the work tree, uncommitted
    let (run, report) = repo.check_json(&["--base", "HEAD", "--new-only"]);
    assert_eq!(run.code, 0, "{report:#}");
    assert_eq!(changes(&report), vec![("unchanged".into(), "AWS001".into(), "aws_s3_bucket.logs".into())]);
    assert_eq!(report["findings"][0]["file"], "infra/buckets.tf");
    assert_eq!(report["summary"]["fixed"], 0);
}

#[test]
fn fixed_findings_are_listed() {
    let repo = repo_with(&[("infra/main.tf", &bucket("logs"))]);
    repo.write("infra/main.tf", bucket("logs").replace("public-read", "private"));
    let (run, report) = repo.check_json(&["--base", "HEAD"]);
    assert_eq!(run.code, 0);
    assert_eq!(report["fixed"][0]["resource"], "aws_s3_bucket.logs");
    assert_eq!(report["fixed"][0]["change"], "fixed");
}

#[test]
fn deleting_a_rule_in_the_change_does_not_weaken_the_gate() {
    let rule = "package main\n\ndeny[msg] {\n  input.type == \"aws_s3_bucket\"\n  not input.values.tags\n  msg := \"untagged bucket\"\n}\n";
    let repo = repo_with(&[
        ("infra/main.tf", "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"a\"\n}\n"),
        ("policy/tags.rego", rule),
    ]);
    repo.write(".tollgate.yaml", "policies: [policy]\nrules:\n  disable: [AWS005]\n");
    commit(&repo, "config with policies");
    std::fs::remove_file(repo.path().join("policy/tags.rego")).expect("rm");
    repo.write("infra/main.tf", "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"a\"\n}\n\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n");
    commit(&repo, "drop the rule");
    let (run, report) = repo.check_json(&["--base", "HEAD~1", "--head", "HEAD"]);
    assert_eq!(run.code, 1, "{report:#}");
    assert!(changes(&report).contains(&("new".into(), "main".into(), "aws_s3_bucket.b".into())), "{report:#}");
    let warnings: Vec<&str> =
        report["warnings"].as_array().into_iter().flatten().filter_map(|w| w["file"].as_str()).collect();
    assert!(warnings.contains(&"policy/tags.rego"), "{warnings:?}");
    let (_, from_head) = repo.check_json(&["--base", "HEAD~1", "--head", "HEAD", "--policy-from", "head"]);
    assert!(!changes(&from_head).iter().any(|(_, rule, _)| rule == "main"));
    assert!(from_head["warnings"].as_array().into_iter().flatten().any(|w| w["code"] == "policy-from-head"));
}

#[test]
fn a_module_change_rechecks_its_callers() {
    let module = "variable \"name\" {}\n\nresource \"aws_ebs_volume\" \"v\" {\n  size = 1\n  type = \"gp3\"\n  encrypted = true\n}\n";
    let caller = |name: &str| {
        format!("module \"disk\" {{\n  source = \"../../modules/disk\"\n  name   = \"{name}\"\n}}\n\n{}", bucket(name))
    };
    let repo = repo_with(&[
        ("modules/disk/main.tf", module),
        ("envs/prod/main.tf", &caller("prod")),
        ("envs/dev/main.tf", &bucket("dev")),
    ]);
    repo.write("modules/disk/main.tf", module.replace("size = 1", "size = 2"));
    let (_, report) = repo.check_json(&["--base", "HEAD"]);
    assert_eq!(report["errors"], serde_json::json!([]));
    let files: Vec<&str> =
        report["findings"].as_array().into_iter().flatten().filter_map(|f| f["file"].as_str()).collect();
    assert_eq!(files, vec!["envs/prod/main.tf"], "the caller is re-checked, the unrelated root is not");
}

#[test]
fn staged_content_is_scanned_not_the_work_tree() {
    let repo = repo_with(&[("infra/main.tf", &bucket("a").replace("public-read", "private"))]);
    repo.write("infra/main.tf", bucket("a"));
    git(repo.path(), &["add", "infra/main.tf"]);
    repo.write("infra/main.tf", bucket("a").replace("public-read", "private"));
    let (staged, _) = repo.check_json(&["--staged"]);
    assert_eq!(staged.code, 1, "the index holds the public bucket");
    let (worktree, _) = repo.check_json(&[]);
    assert_eq!(worktree.code, 0, "the work tree does not");
    let (files, report) = repo.check_json(&["--staged", "infra/main.tf"]);
    assert_eq!(files.code, 1);
    assert_eq!(report["findings"][0]["file"], "infra/main.tf");
}

#[test]
fn revisions_are_read_without_a_checkout_even_in_bare_clones() {
    let repo = repo_with(&[("infra/main.tf", &bucket("a"))]);
    repo.write("infra/main.tf", "# fixed\n");
    commit(&repo, "fix");
    let (old, report) = repo.check_json(&["--rev", "HEAD~1"]);
    assert_eq!(old.code, 1);
    assert_eq!(report["findings"][0]["file"], "infra/main.tf");
    let bare = tempfile::tempdir().expect("tmp");
    git(bare.path(), &["clone", "-q", "--bare", &repo.path().display().to_string(), "repo.git"]);
    let run = tollgate(&bare.path().join("repo.git"), &["check", "--rev", "HEAD~1", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.json()["findings"][0]["resource"], "aws_s3_bucket.a");
}

#[test]
fn bad_revisions_and_paths_say_what_to_fix() {
    let repo = repo_with(&[("main.tf", "# empty\n")]);
    let run = tollgate(repo.path(), &["check", "--base", "origin/nope"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("`origin/nope` does not resolve") && run.stderr.contains("git fetch"),
        "{}",
        run.stderr
    );
    let outside = tollgate(repo.path(), &["check", "--rev", "HEAD", ".."]);
    assert_eq!(outside.code, 2);
    assert!(outside.stderr.contains("outside the repository"), "{}", outside.stderr);
    let not_git = TempRepo::new();
    let run = tollgate(not_git.path(), &["check", "--staged"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("not inside a git repository"), "{}", run.stderr);
}

#[test]
fn shallow_clones_work_once_the_base_is_fetched() {
    let repo = repo_with(&[("infra/main.tf", &bucket("old"))]);
    repo.write("infra/main.tf", format!("{}\n{}", bucket("old"), bucket("added")));
    commit(&repo, "head");
    let clones = tempfile::tempdir().expect("tmp");
    let origin = format!("file://{}", repo.path().display());
    git(clones.path(), &["clone", "-q", "--depth", "1", &origin, "shallow"]);
    let shallow = clones.path().join("shallow");
    let missing = tollgate(&shallow, &["check", "--base", "HEAD~1"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("shallow clone"), "{}", missing.stderr);
    // The command the hint gives is run as given: it must be one git accepts and that brings the base.
    let hint = missing.stderr.split('`').find(|part| part.starts_with("git fetch")).expect("a git fetch hint");
    assert_eq!(hint, "git fetch --deepen=1", "{}", missing.stderr);
    let args: Vec<&str> = hint.split_whitespace().skip(1).collect();
    git(&shallow, &args);
    let run = tollgate(&shallow, &["check", "--base", "HEAD~1", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    assert_eq!(changes(&report).iter().filter(|(change, _, _)| change == "new").count(), 1, "{report:#}");

    // A branch the single-branch clone never fetched: the hint fetches it under its remote name.
    git(repo.path(), &["branch", "-q", "release", "HEAD~1"]);
    let missing = tollgate(&shallow, &["check", "--base", "origin/release"]);
    assert_eq!(missing.code, 2, "{}", missing.stderr);
    let hint = missing.stderr.split('`').find(|part| part.starts_with("git fetch")).expect("a git fetch hint");
    git(&shallow, &hint.split_whitespace().skip(1).collect::<Vec<_>>());
    let run = tollgate(&shallow, &["check", "--base", "origin/release", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
}

#[test]
fn override_policies_come_from_the_base_and_keep_their_paths() {
    let rule = "package pci\n\nimport rego.v1\n\ndeny contains \"payments buckets need tags\" if {\n  input.type == \"aws_s3_bucket\"\n  not input.values.tags\n}\n";
    let untagged = "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"a\"\n}\n";
    let repo =
        repo_with(&[("policy/pci/tags.rego", rule), ("payments/main.tf", untagged), ("other/main.tf", untagged)]);
    repo.write(
        ".tollgate.yaml",
        "rules:\n  disable: [AWS005]\noverrides:\n  - paths: [\"payments/**\"]\n    policies: [policy/pci]\n",
    );
    commit(&repo, "pci override");
    std::fs::remove_file(repo.path().join("policy/pci/tags.rego")).expect("rm");
    repo.write("payments/main.tf", format!("{untagged}\n# touched\n"));
    repo.write("other/main.tf", format!("{untagged}\n# touched\n"));
    let (run, report) = repo.check_json(&["--base", "HEAD"]);
    assert_eq!(run.code, 1, "{report:#}");
    let hits: Vec<&str> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule_id"] == "pci")
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert_eq!(hits, vec!["payments/main.tf"], "the base's override rule applies, and only under its paths");
}
