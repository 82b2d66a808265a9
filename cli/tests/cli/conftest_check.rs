//! Conftest policies in `tollgate check` (`--conftest-policy`, config `conftest_policies`): the same
//! policies `tollgate test` runs, their results as findings with file, line, severity and suppressions.

use serde_json::Value;

use crate::git::git;
use crate::support::{TempRepo, active};

const K8S_POLICY: &str = r#"package main

deny[msg] {
  input.kind == "Deployment"
  not input.spec.template.spec.securityContext.runAsNonRoot
  msg := sprintf("Containers must not run as root in Deployment %s", [input.metadata.name])
}

deny_replicas[{"msg": msg, "attribute": "spec.replicas"}] {
  input.kind == "Deployment"
  input.spec.replicas < 2
  msg := "one replica is not highly available"
}

warn[msg] {
  input.kind == "Service"
  input.spec.type == "LoadBalancer"
  msg := "LoadBalancer services are public"
}

exception[rules] {
  input.metadata.name == "legacy"
  rules := ["replicas"]
}
"#;

// Documents start at lines 1, 10 and 20; `replicas` of the first is on line 5.
const MANIFESTS: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers: [{name: web, image: \"nginx:1.27\"}]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: legacy}\nspec:\n  replicas: 1\n  template:\n    spec:\n      securityContext: {runAsNonRoot: true}\n      containers: [{name: old, image: \"old:1\"}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: lb}\nspec: {type: LoadBalancer}\n";

const HCL_POLICY: &str = r#"package terraform

import rego.v1

deny_public_acl contains {"msg": msg, "address": sprintf("aws_s3_bucket.%s", [name])} if {
  some name
  bucket := input.resource.aws_s3_bucket[name][_]
  bucket.acl == "public-read"
  msg := sprintf("bucket %s is public", [name])
}
"#;

const BUCKETS: &str = "resource \"aws_s3_bucket\" \"private\" {\n  bucket = \"p\"\n}\n\nresource \"aws_s3_bucket\" \"site\" {\n  bucket = \"s\"\n  acl    = \"public-read\"\n}\n";

fn findings(report: &Value) -> Vec<(String, String, u64, String, String)> {
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            let text = |k: &str| f[k].as_str().unwrap_or("").to_owned();
            (text("rule_id"), text("file"), f["line"].as_u64().unwrap_or(0), text("severity"), text("resource"))
        })
        .collect()
}

fn repo() -> TempRepo {
    let repo = TempRepo::new();
    repo.write("conftest/k8s.rego", K8S_POLICY)
        .write("conftest/terraform.rego", HCL_POLICY)
        .write("k8s/app.yaml", MANIFESTS)
        .write("infra/main.tf", BUCKETS);
    repo
}

#[test]
fn conftest_results_are_findings_at_their_documents_and_named_locations() {
    let repo = repo();
    let (run, report) = repo.check_json(&["--no-builtin", "--conftest-policy", "conftest"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        findings(&report),
        vec![
            (
                "terraform.deny_public_acl".into(),
                "infra/main.tf".into(),
                5,
                "medium".into(),
                "aws_s3_bucket.site".into()
            ),
            ("main.deny".into(), "k8s/app.yaml".into(), 1, "medium".into(), "Deployment/web".into()),
            ("main.deny_replicas".into(), "k8s/app.yaml".into(), 5, "medium".into(), "Deployment/web".into()),
            ("main.warn".into(), "k8s/app.yaml".into(), 20, "low".into(), "Service/lb".into()),
        ],
        "{report:#}"
    );
    let messages: Vec<&str> =
        report["findings"].as_array().into_iter().flatten().filter_map(|f| f["message"].as_str()).collect();
    assert!(messages.contains(&"Containers must not run as root in Deployment web"), "{messages:?}");
    assert_eq!(report["errors"], Value::Array(Vec::new()));

    // Warnings alone do not fail at `--fail-on medium`; severity overrides and disables apply.
    repo.write(".tollgate.yaml", "rules:\n  disable: [terraform.*, main.deny*]\n");
    let (run, report) = repo.check_json(&["--no-builtin", "--conftest-policy", "conftest", "--fail-on", "medium"]);
    assert_eq!(run.code, 0, "{report:#}");
    assert_eq!(active(&report), vec![("main.warn".to_owned(), "k8s/app.yaml".to_owned(), 20)]);
}

#[test]
fn config_conftest_policies_with_waivers_and_inline_ignores() {
    let repo = repo();
    repo.write(
        ".tollgate.yaml",
        "conftest_policies: [conftest]\nwaivers:\n  - rule: main.warn\n    path: k8s/**\n    reason: internal load balancer\n",
    )
    .write("infra/main.tf", BUCKETS.replace("resource \"aws_s3_bucket\" \"site\"", "# tollgate:ignore=terraform.deny_public_acl static site\nresource \"aws_s3_bucket\" \"site\""));
    let (run, report) = repo.check_json(&["--no-builtin"]);
    assert_eq!(run.code, 1, "{report:#}");
    assert_eq!(
        active(&report),
        vec![
            ("main.deny".to_owned(), "k8s/app.yaml".to_owned(), 1),
            ("main.deny_replicas".to_owned(), "k8s/app.yaml".to_owned(), 5)
        ]
    );
    let kinds: Vec<&str> =
        report["findings"].as_array().into_iter().flatten().filter_map(|f| f["suppression"]["kind"].as_str()).collect();
    assert_eq!(kinds, vec!["inline", "waiver"], "{report:#}");
}

#[test]
fn a_broken_conftest_policy_is_a_located_error_and_the_pack_still_runs() {
    let repo = repo();
    repo.write("conftest/broken.rego", "package main\n\ndeny[msg] {\n  msg := \n}\n");
    let (run, report) = repo.check_json(&["--conftest-policy", "conftest"]);
    assert_eq!(run.code, 2, "{report:#}");
    let error = &report["errors"][0];
    assert_eq!(
        (error["kind"].as_str(), error["file"].as_str()),
        (Some("rule"), Some("conftest/broken.rego")),
        "{report:#}"
    );
    assert!(error["line"].as_u64().unwrap_or(0) >= 3, "{report:#}");
    assert!(active(&report).iter().any(|(rule, _, _)| rule == "AWS001"), "{report:#}");
}

#[test]
fn with_base_the_conftest_policies_come_from_the_base_revision() {
    let repo = repo();
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "base"]);
    // The head deletes the rule and adds a second public bucket: the base's rule still judges it.
    std::fs::remove_file(repo.path().join("conftest/terraform.rego")).expect("rm");
    repo.write(
        "infra/main.tf",
        format!("{BUCKETS}\nresource \"aws_s3_bucket\" \"more\" {{\n  acl = \"public-read\"\n}}\n"),
    );
    let (run, report) =
        repo.check_json(&["--no-builtin", "--conftest-policy", "conftest", "--base", "HEAD", "--new-only"]);
    assert_eq!(run.code, 1, "{report:#}");
    let new: Vec<(String, String)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["change"] == "new")
        .map(|f| (f["rule_id"].as_str().unwrap_or("").to_owned(), f["resource"].as_str().unwrap_or("").to_owned()))
        .collect();
    assert_eq!(new, vec![("terraform.deny_public_acl".to_owned(), "aws_s3_bucket.more".to_owned())], "{report:#}");
}
