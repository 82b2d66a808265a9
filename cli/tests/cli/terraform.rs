//! Terraform evaluation end to end: the evaluated resources of each `testdata/terraform` fixture
//! (snapshotted as `tollgate inspect` prints them), variable precedence with `--var-file`, `--var` and
//! `TF_VAR_`, findings inside modules with their calling blocks, git revisions whose modules live
//! outside the change, and bad Terraform reported at its location while the rest is still checked.

use insta::assert_json_snapshot;
use serde_json::Value;

use crate::git::git;
use crate::support::{TempRepo, repo_root, tollgate};

fn inspect(path: &str, extra: &[&str]) -> Value {
    let mut args = vec!["inspect", path];
    args.extend_from_slice(extra);
    let run = tollgate(&repo_root(), &args);
    assert_eq!(run.code, 0, "stderr: {}\nstdout: {}", run.stderr, run.stdout);
    run.json()
}

fn resource<'a>(doc: &'a Value, address: &str) -> &'a Value {
    doc["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|r| r["address"] == address)
        .unwrap_or_else(|| panic!("no resource {address} in {doc:#}"))
}

#[test]
fn each_fixture_evaluates_as_terraform_would() {
    for name in ["variables", "locals", "expansion", "modules", "functions", "references", "json"] {
        let doc = inspect(&format!("testdata/terraform/{name}"), &[]);
        assert_eq!(doc["errors"], serde_json::json!([]), "{name}");
        assert_json_snapshot!(format!("terraform_{name}"), doc);
    }
}

#[test]
fn variables_follow_terraforms_precedence() {
    // Files alone: terraform.tfvars < terraform.tfvars.json < *.auto.tfvars.
    let doc = inspect("testdata/terraform/variables", &[]);
    assert_eq!(resource(&doc, "aws_instance.app[1]")["values"]["tags"]["Environment"], "qa");
    assert_eq!(resource(&doc, "aws_ebs_volume.data")["values"]["size"], 40, "\"40\" converted to a number");
    assert_eq!(resource(&doc, "aws_ebs_volume.data")["unknown"], serde_json::json!(["availability_zone"]));
    assert_eq!(doc["terraform"]["missing_variables"][0]["name"], "region");

    // TF_VAR_ is below the files; --var-file above them; --var above everything.
    let home = tempfile::tempdir().expect("home");
    let run = crate::support::clean_command(env!("CARGO_BIN_EXE_tollgate"), home.path())
        .args(["inspect", "testdata/terraform/variables", "--var-file", "testdata/terraform/variables/prod.tfvars"])
        .args(["--var", "instance_count=4", "--var", "allowed_cidrs=[\"10.1.0.0/16\", \"10.2.0.0/16\"]"])
        .env("TF_VAR_region", "us-east-2")
        .env("TF_VAR_environment", "from-env")
        .current_dir(repo_root())
        .output()
        .expect("run");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let doc: Value = serde_json::from_slice(&run.stdout).expect("json");
    let apps: Vec<&Value> =
        doc["resources"].as_array().into_iter().flatten().filter(|r| r["type"] == "aws_instance").collect();
    assert_eq!(apps.len(), 4, "--var wins over prod.tfvars (3) and capacity.auto.tfvars (2)");
    assert_eq!(apps[0]["values"]["instance_type"], "m6i.large", "prod.tfvars wins over the tfvars files and TF_VAR_");
    assert_eq!(resource(&doc, "aws_ebs_volume.data")["values"]["availability_zone"], "us-east-2a", "TF_VAR_region");
    let ingress = &resource(&doc, "aws_security_group.app")["values"]["ingress"][0]["cidr_blocks"];
    assert_eq!(ingress, &serde_json::json!(["10.1.0.0/16", "10.2.0.0/16"]), "--var parses HCL lists");
    assert_eq!(doc["terraform"]["missing_variables"], serde_json::json!([]));

    // As in Terraform, `--var` and `--var-file` apply in command-line order: the later one wins.
    let file = "testdata/terraform/variables/prod.tfvars";
    let instances = |args: &[&str]| {
        let mut all = vec!["inspect", "testdata/terraform/variables"];
        all.extend_from_slice(args);
        let doc = tollgate(&repo_root(), &all).json();
        doc["resources"].as_array().into_iter().flatten().filter(|r| r["type"] == "aws_instance").count()
    };
    assert_eq!(instances(&["--var", "instance_count=4", "--var-file", file]), 3, "the file comes last");
    assert_eq!(instances(&["--var-file", file, "--var", "instance_count=4"]), 4, "the --var comes last");
    assert_eq!(instances(&["--var", "instance_count=5", "--var-file", file, "--var", "instance_count=1"]), 1);
}

#[test]
fn a_finding_inside_a_module_names_the_module_file_and_the_call() {
    let run = tollgate(&repo_root(), &["check", "testdata/terraform/modules", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = run.json();
    let finding = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["rule_id"] == "AWS001")
        .expect("the public ACL set through a module variable is found");
    assert_eq!(finding["resource"], "module.bucket[\"assets\"].aws_s3_bucket_acl.this");
    assert_eq!(
        (finding["file"].as_str(), finding["line"].as_u64()),
        (Some("testdata/terraform/modules/bucket/main.tf"), Some(16))
    );
    assert_eq!(
        finding["module_calls"],
        serde_json::json!([{"address": "module.bucket[\"assets\"]", "file": "testdata/terraform/modules/main.tf", "line": 12}])
    );
    assert_eq!(report["warnings"][0]["code"], "terraform-module-not-evaluated");
    assert_eq!(report["terraform"]["modules_not_evaluated"][0]["module"], "module.monitoring");
}

const BAD: &str = r#"locals {
  a = local.b
  b = local.a
}

variable "port" {
  type = number
}

resource "aws_security_group_rule" "cycle" {
  type        = "ingress"
  from_port   = local.a
  cidr_blocks = [cidrsubnet("not-a-cidr", 8, 1)]
  description = var.undeclared
}

resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
  acl    = "public-read"
}
"#;

#[test]
fn bad_terraform_is_located_and_the_rest_still_checked() {
    let repo = TempRepo::new();
    repo.write("main.tf", BAD).write("terraform.tfvars", "port = \"eighty\"\n");
    let (run, report) = repo.check_json(&[]);
    assert_eq!(run.code, 2, "errors fail the gate");
    let errors: Vec<(String, u64, u64, String)> = report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            let n = |k: &str| e[k].as_u64().unwrap_or(0);
            (
                e["file"].as_str().unwrap_or("").to_owned(),
                n("line"),
                n("column"),
                e["message"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    let has = |file: &str, line: u64, column: u64, text: &str| {
        assert!(
            errors.iter().any(|e| e.0 == file && e.1 == line && e.2 == column && e.3.contains(text)),
            "no error {file}:{line}:{column} containing {text:?} in {errors:#?}"
        );
    };
    has("main.tf", 2, 3, "local.a -> local.b -> local.a");
    has("main.tf", 13, 17, "cidrsubnet: \"not-a-cidr\" is not an IP prefix");
    has("main.tf", 14, 17, "undeclared input variable \"var.undeclared\"");
    has("terraform.tfvars", 1, 8, "variable \"port\": \"eighty\" is not a number");
    assert!(
        report["findings"].as_array().into_iter().flatten().any(|f| f["rule_id"] == "AWS001"),
        "the good resource is still checked"
    );
    assert!(report["terraform"]["unknown_reasons"]["cycle"].as_u64() >= Some(1));
    assert!(report["terraform"]["unknown_reasons"]["error"].as_u64() >= Some(2));
}

#[test]
fn a_pull_request_that_changes_a_caller_evaluates_the_module_from_the_revision() {
    let repo = TempRepo::new();
    git(repo.path(), &["init", "-q", "-b", "main"]);
    let module = "variable \"public\" {\n  type = bool\n}\n\nresource \"aws_s3_bucket_acl\" \"this\" {\n  bucket = \"b\"\n  acl    = var.public ? \"public-read\" : \"private\"\n}\n";
    let caller =
        |public: bool| format!("module \"site\" {{\n  source = \"../../modules/site\"\n  public = {public}\n}}\n");
    repo.write("modules/site/main.tf", module).write("envs/prod/main.tf", caller(false));
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "base"]);
    repo.write("envs/prod/main.tf", caller(true));
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "make it public"]);
    // The module directory is not part of the change: it is read from each revision to evaluate the call.
    let (run, report) = repo.check_json(&["--base", "HEAD~1"]);
    assert_eq!(report["errors"], serde_json::json!([]), "{}", run.stderr);
    let findings: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap_or("").into(),
                f["resource"].as_str().unwrap_or("").into(),
                f["change"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    assert_eq!(findings, [("AWS001".to_owned(), "module.site.aws_s3_bucket_acl.this".to_owned(), "new".to_owned())]);
}

#[test]
fn a_plan_scanned_with_its_code_points_findings_at_the_hcl() {
    // Alone, the HCL cannot know the ACL (a variable without a value) nor the database's inputs.
    let alone = tollgate(&repo_root(), &["check", "testdata/terraform/plan", "--format", "json"]).json();
    let ids: Vec<String> = alone["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["kind"] == "terraform")
        .map(|f| f["rule_id"].as_str().unwrap_or("").to_owned())
        .collect();
    assert!(!ids.iter().any(|id| id == "AWS001" || id == "AWS004"), "{ids:?}");
    let plan = "testdata/terraform/plan/plan.json";
    let doc = inspect("testdata/terraform/plan", &["--plan", plan]);
    assert_json_snapshot!("terraform_plan", doc);
    let run = tollgate(&repo_root(), &["check", "testdata/terraform/plan", "--plan", plan, "--format", "json"]);
    let report = run.json();
    assert_eq!(report["errors"], serde_json::json!([]), "{}", run.stderr);
    let located: Vec<(String, String, String, u64)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule_id"] == "AWS004" || f["rule_id"] == "AWS001")
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or("").to_owned();
            (s("rule_id"), s("kind"), s("file"), f["line"].as_u64().unwrap_or(0))
        })
        .collect();
    let row = |id: &str, file: &str, line| (id.to_owned(), "terraform_plan".to_owned(), file.to_owned(), line);
    assert_eq!(
        located,
        [row("AWS004", "testdata/terraform/plan/db/main.tf", 9), row("AWS001", "testdata/terraform/plan/main.tf", 11)]
    );
}
