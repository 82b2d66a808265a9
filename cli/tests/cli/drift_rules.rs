//! Drift in the rules' input: built-in drift rules weigh `tollgate drift`'s severities, users' drift
//! policies (`--policy`) do too, and `tollgate check --live` runs every rule on the live estate, with
//! findings only the live side has marked live-only.

use insta::assert_json_snapshot;
use serde_json::Value;

use crate::support::{repo_root, stable, tollgate, validate};

fn findings(report: &Value) -> Vec<(String, String, String, bool)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or_default().to_owned(),
                f["severity"].as_str().unwrap_or_default().to_owned(),
                format!("{}:{}", f["file"].as_str().unwrap_or_default(), f["line"]),
                f["live_only"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

#[test]
fn check_live_finds_what_was_changed_by_hand_though_the_code_is_clean() {
    let dir = "testdata/drift/live-only";
    let clean = tollgate(&repo_root(), &["check", dir, "-f", "json"]);
    assert_eq!(clean.code, 0, "the code alone is clean: {}", clean.stdout);
    let run = tollgate(&repo_root(), &["check", dir, "--live", &format!("{dir}/live"), "-f", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    validate("schemas/report.schema.json", &report);
    let live = format!("{dir}/live/console.json");
    assert_eq!(
        findings(&report),
        vec![
            // The bucket ACL made public in the console: live-only, at the snapshot entry...
            ("AWS001".into(), "high".into(), format!("{live}:6"), true),
            // ...and a bucket nobody declared, public too.
            ("AWS001".into(), "high".into(), format!("{live}:23"), true),
            ("DRIFT007".into(), "low".into(), format!("{live}:23"), true),
            // The drift itself, judged by a drift rule, at the code's attribute.
            ("DRIFT003".into(), "critical".into(), format!("{dir}/main.tf:4"), false),
        ]
    );
    let site = &report["findings"][0];
    assert_eq!(site["code"]["file"], format!("{dir}/main.tf"));
    assert_eq!(site["code"]["address"], "aws_s3_bucket_acl.site");
    assert_eq!(report["drift"]["matched"], 2);
    assert_eq!(report["drift"]["unmanaged"], 1);
    // The instance is IMDSv2 in code and live: no finding on either side.
    assert!(!findings(&report).iter().any(|f| f.0 == "AWS007"));
    assert_json_snapshot!("check_live", stable(report));
    // SARIF marks it too, with the declared resource as a related location.
    let run = tollgate(&repo_root(), &["check", dir, "--live", &format!("{dir}/live"), "-f", "sarif"]);
    let sarif: Value = serde_json::from_str(&run.stdout).expect("SARIF");
    validate("cli/tests/schemas/sarif-schema-2.1.0.json", &sarif);
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["properties"]["liveOnly"], true);
    assert_eq!(result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"], format!("{dir}/main.tf"));
}

#[test]
fn drift_rules_weigh_the_drift_report() {
    let run =
        tollgate(&repo_root(), &["drift", "testdata/drift/aws", "--live", "testdata/drift/aws/live", "-f", "json"]);
    let report = run.json();
    validate("schemas/drift.schema.json", &report);
    let tag = report["changed"].as_array().unwrap().iter().find(|c| c["attribute"] == "tags.owner").unwrap();
    assert_eq!((tag["severity"].as_str(), tag["rules"][0]["rule_id"].as_str()), (Some("low"), Some("DRIFT005")));
    let user = report["unmanaged"].as_array().unwrap().iter().find(|u| u["type"] == "aws_iam_user").unwrap();
    assert_eq!(user["severity"], "medium", "unmanaged IAM weighs more than an unmanaged queue");
    // Without the built-in pack, the defaults stand.
    let run = tollgate(
        &repo_root(),
        &["drift", "testdata/drift/aws", "--live", "testdata/drift/aws/live", "-f", "json", "--no-builtin"],
    );
    let tag = run.json()["changed"].as_array().unwrap().iter().find(|c| c["attribute"] == "tags.owner").cloned();
    assert_eq!(tag.unwrap()["severity"], "medium");
}

#[test]
fn a_users_drift_policy_sets_severity_per_difference() {
    let args = [
        "drift",
        "testdata/drift/aws",
        "--live",
        "testdata/drift/aws/live",
        "--policy",
        "testdata/drift/policies",
        "-f",
        "json",
        "--fail-on",
        "critical",
    ];
    let run = tollgate(&repo_root(), &args);
    assert_eq!(run.code, 1, "the resize is critical by the policy: {}", run.stdout);
    let report = run.json();
    let resized = report["changed"].as_array().unwrap().iter().find(|c| c["attribute"] == "instance_type").unwrap();
    assert_eq!(resized["severity"], "critical");
    assert_eq!(resized["rules"][0]["rule_id"], "ORG_DRIFT_SIZE");
    assert_eq!(resized["rules"][0]["message"], "aws_instance.app[0] was resized from t3.micro to t3.large by hand");
}

#[test]
fn a_broken_drift_policy_is_an_error_not_a_silent_default() {
    let repo = crate::support::TempRepo::new();
    repo.write(
        "bad.rego",
        "# METADATA\n# custom:\n#   id: BAD\n#   drift: true\npackage bad\n\nimport rego.v1\n\ndeny contains {\"msg\": \"x\", \"severity\": \"urgent\"} if input.drift.status == \"changed\"\n",
    );
    let policy = repo.path().join("bad.rego");
    let args = [
        "drift",
        "testdata/drift/aws",
        "--live",
        "testdata/drift/aws/live",
        "--policy",
        policy.to_str().unwrap(),
        "-f",
        "json",
    ];
    let run = tollgate(&repo_root(), &args);
    assert_eq!(run.code, 2);
    let report = run.json();
    let errors = report["errors"].as_array().unwrap();
    assert!(errors.iter().any(|e| e["message"].as_str().unwrap().contains("urgent")), "{errors:#?}");
}
