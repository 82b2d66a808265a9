//! `tollgate check testdata/`: findings, exit code, JSON snapshot, report and SARIF schemas.

use insta::assert_json_snapshot;
use serde_json::Value;

use crate::support::{repo_root, stable, tollgate, validate};

#[test]
fn testdata_has_findings_and_exits_1() {
    let run = tollgate(&repo_root(), &["check", "testdata/"]);
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    // Human output shows the rule, the file position and the offending line underlined.
    assert!(run.stdout.contains("AWS001: S3 bucket ACL grants public access"), "{}", run.stdout);
    assert!(run.stdout.contains("[testdata/aws/main.tf:17:3]"), "{}", run.stdout);
    assert!(run.stdout.contains("acl    = \"public-read\""), "{}", run.stdout);
    assert!(run.stdout.contains("───"), "no underline:\n{}", run.stdout);
}

#[test]
fn testdata_json_snapshot_and_schema() {
    let run = tollgate(&repo_root(), &["check", "testdata", "--format", "json"]);
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.json();
    validate("schemas/report.schema.json", &report);
    assert_json_snapshot!("testdata_report", stable(report));
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let run = tollgate(&repo_root(), &["check", "testdata", "--format", "sarif"]);
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let sarif = run.json();
    validate("cli/tests/schemas/sarif-schema-2.1.0.json", &sarif);
    let driver = &sarif["runs"][0]["tool"]["driver"];
    assert!(driver["rules"].as_array().is_some_and(|r| r.len() >= 12));
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    let first = &results[0];
    assert!(first["partialFingerprints"]["tollgateFingerprint/v1"].is_string());
    let rule_index = first["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    assert_eq!(driver["rules"][rule_index]["id"], first["ruleId"]);
    assert!(results.iter().any(|r| r["suppressions"][0]["kind"] == "inSource"), "inline suppression kept in SARIF");
}

#[test]
fn fail_on_raises_the_bar() {
    let run = tollgate(&repo_root(), &["check", "testdata", "--fail-on", "critical", "--format", "json"]);
    assert_eq!(run.code, 1, "critical findings exist");
    let report = run.json();
    assert_eq!(report["summary"]["fail_on"], "critical");
    let only_low =
        tollgate(&repo_root(), &["check", "testdata/k8s/debug-pod.json", "--fail-on", "high", "--format", "json"]);
    assert_eq!(only_low.code, 0, "{}", only_low.stdout);
    let report = only_low.json();
    let below: Vec<&Value> =
        report["findings"].as_array().expect("findings").iter().filter(|f| f["suppressed"] == false).collect();
    assert!(!below.is_empty(), "the pod has findings below the bar");
    assert!(below.iter().all(|f| f["severity"] == "low" || f["severity"] == "medium"), "{report}");
}
