//! `tollgate fix` re-checks only what an edit can change: the edited files' module directories and
//! the directories that call them as modules. A fix inside a local module is verified through its
//! caller, and findings elsewhere in the repository neither vanish nor appear.

use serde_json::Value;

use crate::support::{TempRepo, tollgate, validate};

const ROOT: &str = r#"module "jobs" {
  source = "./modules/queue"
  name   = "jobs"
}
"#;

const MODULE: &str = r#"variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name                    = var.name
  sqs_managed_sse_enabled = false # set by the platform team
}
"#;

const OTHER: &str = r#"resource "aws_sqs_queue" "legacy" {
  name                    = "legacy"
  sqs_managed_sse_enabled = false
}
"#;

fn active(report: &Value) -> Vec<(String, String)> {
    let findings = report["findings"].as_array().expect("findings").iter();
    let mut found: Vec<(String, String)> = findings
        .filter(|f| f["suppressed"] == false)
        .map(|f| (f["rule_id"].as_str().unwrap_or("").to_owned(), f["file"].as_str().unwrap_or("").to_owned()))
        .collect();
    found.sort();
    found
}

#[test]
fn a_fix_inside_a_local_module_is_verified_through_its_caller_and_nothing_else_moves() {
    let repo = TempRepo::new();
    repo.write("live/main.tf", ROOT).write("live/modules/queue/main.tf", MODULE).write("legacy/main.tf", OTHER);
    let (_, before) = repo.check_json(&[]);
    assert!(active(&before).contains(&("AWS018".into(), "live/modules/queue/main.tf".into())), "{before}");
    let run = tollgate(repo.path(), &["fix", ".", "--rule", "AWS018", "--write", "-f", "json"]);
    let report = run.json();
    validate("schemas/fix.schema.json", &report);
    let statuses: Vec<(&str, &str)> = report["fixes"]
        .as_array()
        .expect("fixes")
        .iter()
        .map(|f| (f["file"].as_str().unwrap_or(""), f["status"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(statuses, [("legacy/main.tf", "verified"), ("live/modules/queue/main.tf", "verified")], "{report}");
    let written = std::fs::read_to_string(repo.path().join("live/modules/queue/main.tf")).expect("module file");
    assert_eq!(written, MODULE.replace("enabled = false # set", "enabled = true # set"));
    let (_, after) = repo.check_json(&[]);
    let left: Vec<(String, String)> = active(&after).into_iter().filter(|(rule, _)| rule == "AWS018").collect();
    assert!(left.is_empty(), "{after}");
    // Every other finding is exactly as before.
    let others = |r: &Value| active(r).into_iter().filter(|(rule, _)| rule != "AWS018").collect::<Vec<_>>();
    assert_eq!(others(&before), others(&after));
}

const CALLER: &str = r#"module "net" {
  source = "../modules/net"
}

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
}
"#;

const DEPLOYMENT: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.4.2\n";

/// A fix beside a module call is re-checked with the module it calls (its source must be scanned too),
/// and the texts an earlier round edited go into a later re-check only where that re-check looks.
#[test]
fn re_checks_take_the_modules_called_and_only_the_edited_texts_they_scan() {
    let repo = TempRepo::new();
    repo.write("app/main.tf", CALLER)
        .write("modules/net/main.tf", "resource \"aws_sqs_queue\" \"net\" {\n  name = \"net\"\n}\n")
        .write("infra/main.tf", MODULE)
        .write("infra/name.tf", "locals {\n  unused = var.name\n}\n")
        .write("k8s/deploy.yaml", DEPLOYMENT);
    let run = tollgate(repo.path(), &["fix", ".", "--write", "-f", "json"]);
    let report = run.json();
    validate("schemas/fix.schema.json", &report);
    let fixes = report["fixes"].as_array().expect("fixes");
    let unverified: Vec<&Value> = fixes.iter().filter(|f| f["status"] != "verified").collect();
    assert!(unverified.is_empty(), "{unverified:#?}");
    let files: Vec<&str> = fixes.iter().filter_map(|f| f["file"].as_str()).collect();
    for file in ["app/main.tf", "infra/main.tf", "k8s/deploy.yaml"] {
        assert!(files.contains(&file), "{file}: {files:?}");
    }
    assert!(fixes.iter().filter(|f| f["file"] == "k8s/deploy.yaml").count() >= 4, "several rounds on one container");
    let (_, after) = repo.check_json(&[]);
    assert!(after["errors"].as_array().is_some_and(Vec::is_empty), "{after:#}");
}
