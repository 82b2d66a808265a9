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
