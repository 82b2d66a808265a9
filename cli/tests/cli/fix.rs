//! `tollgate fix`: the fixes rules declare, verified before they are shown, written with `--write`;
//! comments and layout around an edit stay byte-identical; a re-scan has the findings gone and nothing new.

use serde_json::Value;

use crate::support::{TempRepo, tollgate, validate};

const MAIN: &str = r#"# Storage for the reports service.
resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a" # one zone only
  size              = 40
  type              = "gp3"

  tags = {
    team = "reports"
  }
}

/* the queue feeds the workers */
resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false # turned off for the load test
}

variable "encrypt" {
  default = false
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 10
  type              = "gp3"
  encrypted         = var.encrypt
}

locals {
  encrypt_cache = false
}

resource "aws_ebs_volume" "cache" {
  availability_zone = "eu-west-1a"
  size              = 10
  type              = "gp3"
  encrypted         = local.encrypt_cache
}
"#;

fn repo() -> TempRepo {
    let repo = TempRepo::new();
    repo.write("main.tf", MAIN);
    repo
}

fn fix(repo: &TempRepo, extra: &[&str]) -> (i32, Value) {
    let mut args = vec!["fix", ".", "-f", "json"];
    args.extend_from_slice(extra);
    let run = tollgate(repo.path(), &args);
    let report = run.json();
    validate("schemas/fix.schema.json", &report);
    (run.code, report)
}

fn fingerprints(repo: &TempRepo) -> Vec<(String, String)> {
    let (_, report) = repo.check_json(&[]);
    let findings = report["findings"].as_array().expect("findings");
    findings
        .iter()
        .map(|f| {
            (f["rule_id"].as_str().expect("rule id").to_owned(), f["resource"].as_str().expect("address").to_owned())
        })
        .collect()
}

#[test]
fn fixes_are_verified_shown_and_written_with_everything_else_byte_identical() {
    let repo = repo();
    let before = fingerprints(&repo);
    assert!(before.contains(&("AWS003".into(), "aws_ebs_volume.data".into())), "{before:?}");
    let (code, report) = fix(&repo, &[]);
    assert_eq!(code, 1, "one fix is declined: {report:#}");
    let fixes = report["fixes"].as_array().unwrap();
    let status = |address: &str| {
        fixes.iter().find(|f| f["address"] == address).map(|f| f["status"].as_str().unwrap().to_owned())
    };
    assert_eq!(status("aws_ebs_volume.data").as_deref(), Some("verified"));
    assert_eq!(status("aws_sqs_queue.jobs").as_deref(), Some("verified"));
    // `encrypted = var.encrypt`: the variable's default is where the value comes from.
    assert_eq!(status("aws_ebs_volume.scratch").as_deref(), Some("verified"));
    assert_eq!(status("aws_ebs_volume.cache").as_deref(), Some("declined"));
    let cache = fixes.iter().find(|f| f["address"] == "aws_ebs_volume.cache").unwrap();
    assert!(cache["reason"].as_str().unwrap().contains("`encrypted` is `local.encrypt_cache`"), "{cache:#}");
    let data = fixes.iter().find(|f| f["address"] == "aws_ebs_volume.data").unwrap();
    assert_eq!(data["risk"], "high", "encrypting a volume replaces it");
    assert_eq!(std::fs::read_to_string(repo.path().join("main.tf")).unwrap(), MAIN, "a dry run writes nothing");
    let diff = report["diffs"][0]["diff"].as_str().unwrap();
    assert!(diff.contains("+  encrypted = true\n"), "{diff}");
    assert!(diff.contains("+  sqs_managed_sse_enabled = true # turned off for the load test\n"), "{diff}");

    let (_, written) = fix(&repo, &["--write"]);
    assert_eq!(written["written"], serde_json::json!(["main.tf"]));
    let after = std::fs::read_to_string(repo.path().join("main.tf")).unwrap();
    // One line inserted, two values replaced: every other byte, comments and blank lines included, is as it was.
    let expected = MAIN
        .replacen("    team = \"reports\"\n  }\n}\n", "    team = \"reports\"\n  }\n  encrypted = true\n}\n", 1)
        .replacen("sqs_managed_sse_enabled = false #", "sqs_managed_sse_enabled = true #", 1)
        .replacen("variable \"encrypt\" {\n  default = false", "variable \"encrypt\" {\n  default = true", 1);
    assert_eq!(after, expected);
    let remaining = fingerprints(&repo);
    assert!(remaining.iter().all(|f| before.contains(f)), "no new finding: {remaining:?}");
    assert!(!remaining.contains(&("AWS003".into(), "aws_ebs_volume.data".into())));
    assert!(remaining.contains(&("AWS003".into(), "aws_ebs_volume.cache".into())), "the declined one stays");
}

#[test]
fn filters_by_rule_and_risk() {
    let repo = repo();
    let (_, report) = fix(&repo, &["--rule", "AWS0*", "--max-risk", "low"]);
    let rules: Vec<&str> = report["fixes"].as_array().unwrap().iter().map(|f| f["rule_id"].as_str().unwrap()).collect();
    assert!(!rules.is_empty() && rules.iter().all(|r| r.starts_with("AWS0")), "{rules:?}");
    assert!(report["fixes"].as_array().unwrap().iter().all(|f| f["risk"] == "low"), "{report:#}");
    let bad = tollgate(repo.path(), &["fix", ".", "--max-risk", "tiny"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("--max-risk"), "{}", bad.stderr);
}

#[test]
fn a_read_only_file_is_refused_and_left_whole() {
    let repo = repo();
    let path = repo.path().join("main.tf");
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let run = tollgate(repo.path(), &["fix", ".", "--write"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("read-only"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), MAIN);
    let leftovers: Vec<_> = std::fs::read_dir(repo.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left: {leftovers:?}");
}
