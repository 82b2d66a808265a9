//! `tollgate rules list|show|test` and `check --framework`: the pack by platform and framework, one
//! rule in full, rule folders tested as `opa test` would (the built-in pack and a user's own), and the
//! compliance posture of a run.

use serde_json::{Value, json};

use crate::support::{TempRepo, repo_root, tollgate, validate};

fn list(args: &[&str]) -> Vec<Value> {
    let mut all = vec!["rules", "list", "--format", "json"];
    all.extend_from_slice(args);
    let run = tollgate(&repo_root(), &all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("json")
}

fn has(rule: &Value, field: &str, value: &str) -> bool {
    rule[field].as_array().is_some_and(|items| items.iter().any(|i| i == value))
}

/// The whole index (ids, severities, platforms, types, frameworks): a renamed or dropped id shows in review.
#[test]
fn the_rule_index_is_snapshotted_and_covers_five_platforms() {
    let rules = list(&[]);
    assert!(rules.len() >= 150, "{}", rules.len());
    for platform in ["aws", "azure", "gcp", "kubernetes", "cloudformation"] {
        assert!(rules.iter().filter(|r| has(r, "platforms", platform)).count() >= 15, "{platform}");
    }
    let index: Vec<Value> = rules
        .iter()
        .map(|r| {
            json!({"id": r["id"], "severity": r["severity"], "platforms": r["platforms"],
                   "resource_types": r["resource_types"], "frameworks": r["frameworks"]})
        })
        .collect();
    insta::assert_json_snapshot!("rule_index", index);
}

#[test]
fn list_filters_by_platform_and_framework() {
    let kubernetes = list(&["--platform", "kubernetes"]);
    assert!(kubernetes.len() >= 20 && kubernetes.iter().all(|r| has(r, "platforms", "kubernetes")));
    // `cis-aws` names the versioned framework `cis-aws-v3.0`.
    let cis = list(&["--framework", "cis-aws"]);
    assert!(cis.len() >= 20, "{}", cis.len());
    assert!(cis.iter().all(|r| r["frameworks"]["cis-aws-v3.0"].is_array()), "{cis:#?}");
    assert!(list(&["--framework", "cis-aws-v3.0"]).len() == cis.len());
    // A platform no rule has is a mistake, not an empty list.
    assert_eq!(tollgate(&repo_root(), &["rules", "list", "--platform", "nowhere", "-f", "json"]).code, 2);
}

#[test]
fn show_gives_the_full_text_of_one_rule() {
    let run = tollgate(&repo_root(), &["rules", "show", "aws002"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for part in ["AWS002", "Why it matters", "How to fix", "Corrected example", "cis-aws-v3.0", "aws_security_group"] {
        assert!(run.stdout.contains(part), "{part}:\n{}", run.stdout);
    }
    let json = tollgate(&repo_root(), &["rules", "show", "AWS002", "-f", "json"]).json();
    assert_eq!(json["id"], "AWS002");
    assert!(json["example"].as_str().is_some_and(|e| e.contains("cidr_blocks")), "{json:#}");
    let missing = tollgate(&repo_root(), &["rules", "show", "NOPE123"]);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("no rule `NOPE123`"), "{}", missing.stderr);
}

const POLICY: &str = r#"# METADATA
# title: Queue without a dead-letter queue
# description: An SQS queue has no redrive policy.
# custom:
#   id: ORG001
#   severity: low
#   resource_types: [aws_sqs_queue]
#   remediation: Set `redrive_policy`.
package org.sqs_dead_letter

import rego.v1

deny contains sprintf("%s has no dead-letter queue", [input.address]) if {
	input.type == "aws_sqs_queue"
	not input.values.redrive_policy
}
"#;

const TESTS: &str = r#"package org.sqs_dead_letter_test

import rego.v1

import data.org.sqs_dead_letter as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_sqs_queue", "address": "q", "values": {}}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_sqs_queue", "address": "q", "values": {"redrive_policy": "{}"}}
}
"#;

fn rule_folder(repo: &TempRepo, dir: &str, fail_fixture: &str) {
    repo.write(&format!("{dir}/policy.rego"), POLICY);
    repo.write(&format!("{dir}/policy_test.rego"), TESTS);
    repo.write(&format!("{dir}/fixtures/fail_queue.tf"), fail_fixture);
    repo.write(
        &format!("{dir}/fixtures/pass_queue.tf"),
        "resource \"aws_sqs_queue\" \"good\" {\n  redrive_policy = \"{}\"\n}\n",
    );
}

#[test]
fn test_runs_a_users_rule_folders_and_fails_on_a_broken_expectation() {
    let repo = TempRepo::new();
    rule_folder(&repo, "org-rules/sqs-dead-letter", "resource \"aws_sqs_queue\" \"bad\" {}\n");
    let run = tollgate(repo.path(), &["rules", "test", "org-rules"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("ok   ORG001"), "{}", run.stdout);
    assert!(run.stdout.contains("1 rule folders, 1 passed, 0 failed (2 Rego tests, 2 fixtures)"), "{}", run.stdout);

    // A failing fixture that the rule does not flag, and a Rego test that fails.
    rule_folder(
        &repo,
        "org-rules/sqs-dead-letter",
        "resource \"aws_sqs_queue\" \"bad\" {\n  redrive_policy = \"x\"\n}\n",
    );
    repo.write(
        "org-rules/sqs-dead-letter/more_test.rego",
        TESTS.replace("== 0 with", "== 5 with").replace("_test\n", "_more_test\n"),
    );
    let run = tollgate(repo.path(), &["rules", "test", "org-rules", "-f", "json"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let outcome = &run.json()[0];
    assert_eq!(outcome["passed"], false);
    assert_eq!(outcome["fixtures"][0]["file"], "org-rules/sqs-dead-letter/fixtures/fail_queue.tf");
    assert_eq!(outcome["fixtures"][0]["passed"], false);
    let failed: Vec<&Value> =
        outcome["unit_tests"].as_array().unwrap().iter().filter(|t| t["passed"] == false).collect();
    assert_eq!(failed.len(), 1, "{outcome:#}");

    let empty = tollgate(repo.path(), &["rules", "test", "."]);
    assert_eq!(empty.code, 1, "the folder under . still fails: {}", empty.stdout);
    std::fs::create_dir_all(repo.path().join("nothing")).unwrap();
    let none = tollgate(repo.path(), &["rules", "test", "nothing"]);
    assert_eq!(none.code, 2);
    assert!(none.stderr.contains("no rule folder"), "{}", none.stderr);
}

#[test]
fn test_without_a_directory_tests_the_built_in_pack() {
    let run = tollgate(&repo_root(), &["rules", "test", "-f", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let outcomes = run.json();
    let outcomes = outcomes.as_array().unwrap();
    assert!(outcomes.len() >= 150);
    assert!(outcomes.iter().all(|o| o["folder"].as_str().unwrap().starts_with("rules/")), "named as in the repository");
    assert!(outcomes.iter().all(|o| o["fixtures"].as_array().unwrap().len() >= 2));
}

#[test]
fn check_with_a_framework_runs_its_rules_and_scores_its_controls() {
    let repo = TempRepo::new();
    repo.write(
        "main.tf",
        r#"resource "aws_s3_bucket" "site" {
  bucket = "site"
  acl    = "public-read"
}

resource "aws_cloudtrail" "audit" {
  name                          = "audit"
  s3_bucket_name                = "audit-logs"
  is_multi_region_trail         = true
  enable_log_file_validation    = true
  kms_key_id                    = "arn:aws:kms:eu-west-1:111122223333:key/1"
  cloud_watch_logs_group_arn    = "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*"
  cloud_watch_logs_role_arn     = "arn:aws:iam::111122223333:role/trail"
}

resource "azurerm_storage_account" "open" {
  name                     = "open"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
  min_tls_version          = "TLS1_0"
}
"#,
    );
    let (run, report) = repo.check_json(&["--framework", "cis-aws"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    validate("schemas/report.schema.json", &report);
    let findings = report["findings"].as_array().unwrap();
    assert!(findings.iter().any(|f| f["rule_id"] == "AWS001"), "{report:#}");
    assert!(findings.iter().all(|f| f["frameworks"]["cis-aws-v3.0"].is_array()), "only CIS AWS rules ran: {report:#}");
    let posture = &report["posture"];
    assert_eq!(posture.as_array().unwrap().len(), 1, "{posture:#}");
    let cis = &posture[0];
    assert_eq!(cis["framework"], "cis-aws-v3.0");
    let control = |id: &str| cis["controls"].as_array().unwrap().iter().find(|c| c["id"] == id).cloned();
    assert_eq!(control("2.1.4").unwrap()["status"], "failed", "the public ACL: {cis:#}");
    assert_eq!(control("3.2").unwrap()["status"], "passed", "log file validation is on: {cis:#}");
    // No RDS instance here: the RDS encryption control was not evaluated.
    assert_eq!(control("2.3.1").unwrap()["status"], "not_evaluated", "{cis:#}");
    // The score, counted here from the controls' statuses: passed in percent of passed and failed.
    let statuses: Vec<&str> =
        cis["controls"].as_array().unwrap().iter().map(|c| c["status"].as_str().unwrap()).collect();
    let passed = statuses.iter().filter(|s| **s == "passed").count() as u64;
    let failed = statuses.iter().filter(|s| **s == "failed").count() as u64;
    assert_eq!(cis["controls_passed"], passed);
    assert!(failed > 0 && passed > 0, "{cis:#}");
    assert_eq!(cis["score"].as_u64().unwrap(), (100 * passed) / (passed + failed));

    let markdown = tollgate(repo.path(), &["check", ".", "--framework", "cis-aws", "-f", "markdown"]);
    assert!(markdown.stdout.contains(&format!("| `cis-aws-v3.0` | {}% |", cis["score"])), "{}", markdown.stdout);
    let (_, plain) = repo.check_json(&[]);
    assert!(plain.get("posture").is_none(), "no posture without --framework");
    assert!(plain["findings"].as_array().unwrap().iter().any(|f| f["rule_id"].as_str().unwrap().starts_with("AZ")));
}

/// A pass fixture proves something only when the rule looked at it, and each fixture stands alone.
#[test]
fn a_pass_fixture_must_hold_the_rules_types_and_stand_alone() {
    let repo = TempRepo::new();
    rule_folder(&repo, "org-rules/sqs-dead-letter", "resource \"aws_sqs_queue\" \"bad\" {}\n");
    // A type the rule never reads: no finding, and nothing proven.
    repo.write(
        "org-rules/sqs-dead-letter/fixtures/pass_queue.tf",
        "resource \"aws_sns_topic\" \"events\" {\n  name = \"events\"\n}\n",
    );
    let run = tollgate(repo.path(), &["rules", "test", "org-rules"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("pass_queue.tf: holds no resource of the rule's types (aws_sqs_queue)"),
        "{}",
        run.stdout
    );

    // A pass fixture that leans on a variable another fixture declares does not evaluate on its own.
    repo.write(
        "org-rules/sqs-dead-letter/fixtures/fail_queue.tf",
        "variable \"policy\" {\n  default = \"{}\"\n}\n\nresource \"aws_sqs_queue\" \"bad\" {}\n",
    );
    repo.write(
        "org-rules/sqs-dead-letter/fixtures/pass_queue.tf",
        "resource \"aws_sqs_queue\" \"good\" {\n  redrive_policy = var.policy\n}\n",
    );
    let run = tollgate(repo.path(), &["rules", "test", "org-rules"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("undeclared input variable"), "{}", run.stdout);
}
