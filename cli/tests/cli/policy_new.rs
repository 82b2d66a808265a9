//! `tollgate policy new` against an OpenAI-compatible endpoint on 127.0.0.1: a draft that verifies is
//! run over the paths and written; one whose fixtures contradict it is repaired with what failed, and
//! never written while it fails.

use serde_json::{Value, json};

use crate::openai_server::{FakeOpenAI, completion};
use crate::support::{Run, TempRepo, tollgate, tollgate_env};

const MAIN: &str = r#"resource "aws_db_instance" "ledger" {
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  deletion_protection = true
}

resource "aws_db_instance" "scratch" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
}
"#;

const POLICY: &str = "package custom.rds_deletion_protection\n\nimport rego.v1\n\ndeny contains {\"msg\": sprintf(\"%s can be deleted: deletion_protection is not true\", [input.address]), \"attribute\": \"deletion_protection\"} if {\n\tinput.type == \"aws_db_instance\"\n\tnot object.get(input.values, \"deletion_protection\", false) == true\n}\n";

const TESTS: &str = "package custom.rds_deletion_protection_test\n\nimport rego.v1\n\nimport data.custom.rds_deletion_protection as rule\n\ntest_unprotected_denied if {\n\tcount(rule.deny) == 1 with input as {\"type\": \"aws_db_instance\", \"address\": \"aws_db_instance.a\", \"values\": {}}\n}\n\ntest_protected_allowed if {\n\tcount(rule.deny) == 0 with input as {\"type\": \"aws_db_instance\", \"address\": \"aws_db_instance.a\", \"values\": {\"deletion_protection\": true}}\n}\n";

const FAIL_FIXTURE: &str = "resource \"aws_db_instance\" \"db\" {\n  engine = \"postgres\"\n}\n";
const PASS_FIXTURE: &str =
    "resource \"aws_db_instance\" \"db\" {\n  engine              = \"postgres\"\n  deletion_protection = true\n}\n";

/// A draft as the model answers it, with this pass fixture.
fn draft(pass_fixture: &str) -> (u16, Vec<(&'static str, &'static str)>, Value) {
    let answer = json!({
        "id": "ORG001",
        "slug": "rds-deletion-protection",
        "title": "RDS instance without deletion protection",
        "description": "An RDS instance does not set `deletion_protection = true`.",
        "severity": "high",
        "resource_types": ["aws_db_instance"],
        "why": "A database without deletion protection is one mistaken apply away from being gone.",
        "remediation": "Set `deletion_protection = true`.",
        "example": "resource \"aws_db_instance\" \"db\" {\n  deletion_protection = true\n}",
        "policy": POLICY,
        "policy_test": TESTS,
        "fixtures": [{"name": "fail_db.tf", "content": FAIL_FIXTURE}, {"name": "pass_db.tf", "content": pass_fixture}]
    });
    (200, vec![], completion(&answer.to_string()))
}

const REQUEST: &str = "every RDS instance must have deletion protection";

fn policy_new(repo: &TempRepo, server: &FakeOpenAI) -> Run {
    let args = ["policy", "new", REQUEST, ".", "--out", "policies/rds", "--format", "json", "--no-cache"];
    let env = [("OPENAI_BASE_URL", server.base_url.as_str()), ("OPENAI_API_KEY", "sk-test-key")];
    tollgate_env(repo.path(), &args, &env)
}

fn repo() -> TempRepo {
    let repo = TempRepo::new();
    repo.write("main.tf", MAIN);
    repo
}

#[test]
fn a_verified_draft_is_run_over_the_paths_and_written() {
    let server = FakeOpenAI::start();
    server.then(draft(PASS_FIXTURE));
    let repo = repo();
    let run = policy_new(&repo, &server);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let document = run.json();
    assert_eq!((document["verified"].as_bool(), document["rounds"].as_u64()), (Some(true), Some(1)));
    let findings = document["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1, "{document}");
    assert_eq!(
        (findings[0]["resource"].as_str(), findings[0]["line"].as_u64()),
        (Some("aws_db_instance.scratch"), Some(7))
    );
    let folder = repo.path().join("policies/rds");
    let policy = std::fs::read_to_string(folder.join("policy.rego")).expect("policy written");
    assert!(policy.starts_with("# METADATA\n") && policy.contains("#   id: \"ORG001\""), "{policy}");
    assert!(folder.join("fixtures/pass_db.tf").is_file() && folder.join("policy_test.rego").is_file());
    let user = server.requests()[0].body["messages"][1]["content"].as_str().unwrap_or_default().to_owned();
    assert!(user.contains(REQUEST) && user.contains("values.deletion_protection"), "{user}");
    // What was written is a rule folder like any other.
    let tested = tollgate(repo.path(), &["rules", "test", "policies/rds"]);
    assert_eq!(tested.code, 0, "{}\n{}", tested.stdout, tested.stderr);
    let checked =
        tollgate(repo.path(), &["check", "main.tf", "--no-builtin", "--policy", "policies/rds", "-f", "json"]);
    assert_eq!(checked.code, 1, "{}", checked.stderr);
    assert_eq!(checked.json()["findings"][0]["rule_id"], "ORG001");
}

#[test]
fn a_draft_whose_pass_fixture_gets_a_finding_is_repaired_or_never_written() {
    let server = FakeOpenAI::start();
    for _ in 0..3 {
        server.then(draft(FAIL_FIXTURE));
    }
    let repo = repo();
    let run = policy_new(&repo, &server);
    assert_eq!(run.code, 2, "{}", run.stdout);
    let document = run.json();
    assert_eq!((document["verified"].as_bool(), document["rounds"].as_u64()), (Some(false), Some(3)));
    let problem = "fixtures/pass_db.tf: a pass fixture, but the policy gives it 1 finding(s)";
    assert_eq!(document["problems"], json!([problem]));
    assert!(!repo.path().join("policies").exists(), "nothing written");
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "two repair rounds");
    let repair = requests[1].body["messages"][1]["content"].as_str().unwrap_or_default();
    assert!(repair.contains(problem) && repair.contains("--- fixtures/pass_db.tf"), "{repair}");
}

#[test]
fn a_repair_round_that_fixes_the_draft_gets_it_written() {
    let server = FakeOpenAI::start();
    server.then(draft(FAIL_FIXTURE));
    server.then(draft(PASS_FIXTURE));
    let repo = repo();
    let run = policy_new(&repo, &server);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(run.json()["rounds"], 2);
    assert!(repo.path().join("policies/rds/policy.rego").is_file());
}

#[test]
fn without_a_model_or_over_an_existing_folder_nothing_is_asked() {
    let repo = repo();
    let run = tollgate_env(repo.path(), &["policy", "new", REQUEST, "--out", "policies/rds"], &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("needs a model") && run.stderr.contains("OPENAI_BASE_URL"), "{}", run.stderr);
    let server = FakeOpenAI::start();
    repo.write("policies/rds/policy.rego", "package kept\n");
    let occupied = policy_new(&repo, &server);
    assert_eq!(occupied.code, 2);
    assert!(occupied.stderr.contains("nothing is overwritten"), "{}", occupied.stderr);
    assert!(server.requests().is_empty());
}
