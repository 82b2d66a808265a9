//! `tollgate cost`: the GCP fixture priced by hand from the shipped catalog (snapshotted), the cost
//! diff of a pull request read from git, usage files and what cannot be priced.

use serde_json::Value;

use crate::git::git;
use crate::support::{TempRepo, repo_root, tollgate, validate};

#[test]
fn the_gcp_fixture_costs_what_its_comments_work_out() {
    let args =
        ["cost", "testdata/cost/gcp", "--usage-file", "testdata/cost/gcp/infracost-usage.yml", "--format", "json"];
    let run = tollgate(&repo_root(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.json();
    validate("schemas/cost.schema.json", &report);
    assert_eq!(report["total_monthly"], 740.47);
    assert_eq!(report["unpriced"][0]["address"], "google_compute_instance.spot");
    insta::assert_json_snapshot!("cost_gcp", report);
    let markdown = tollgate(&repo_root(), &["cost", "testdata/cost/gcp", "--format", "markdown"]);
    assert!(markdown.stdout.contains("| **Total** | | | **$691.97** |"), "without usage: {}", markdown.stdout);
}

const BASE: &str = r#"resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-medium"
  zone         = "us-central1-a"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
      size  = 20
      type  = "pd-balanced"
    }
  }
  network_interface {
    network = "default"
  }
}
"#;

const NAT: &str = r#"
resource "google_compute_router_nat" "egress" {
  name                               = "egress"
  router                             = "router"
  region                             = "us-central1"
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
}
"#;

#[test]
fn a_pull_request_that_resizes_an_instance_and_adds_a_nat_gateway() {
    let repo = TempRepo::new();
    repo.write("infra/main.tf", BASE);
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@example.com", "add", "-A"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base"]);
    repo.write("infra/main.tf", BASE.replace("e2-medium", "e2-standard-4") + NAT);
    let run = tollgate(repo.path(), &["cost", "infra", "--base", "main", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.json();
    validate("schemas/cost.schema.json", &report);
    let diff = &report["diff"];
    // e2-medium 730 h x 0.03350571 = 24.46 (+ 2.00 disk); e2-standard-4 730 h x 0.13402284 = 97.84 (+ 2.00).
    assert_eq!(diff["changed"][0]["address"], "google_compute_instance.app", "{diff}");
    assert_eq!(diff["changed"][0]["before"], 26.46);
    assert_eq!(diff["changed"][0]["after"], 99.84);
    // NAT gateway: 730 h x 0.0448 = 32.70.
    assert_eq!(diff["added"][0]["address"], "google_compute_router_nat.egress");
    assert_eq!(diff["added"][0]["after"], 32.7);
    assert_eq!(diff["total_before"], 26.46);
    assert_eq!(diff["total_after"], 132.54);
    assert_eq!(diff["total_delta"], 106.08);
    let human = tollgate(repo.path(), &["cost", "infra", "--base", "main"]);
    assert!(
        human.stdout.contains("change: $26.46 -> $132.54 (+$106.08): 1 added, 0 removed, 1 changed"),
        "{}",
        human.stdout
    );
    // A budget the pull request adds to the config does not judge it: the base revision has none.
    let budget = "budgets:\n  - paths: \"infra/**\"\n    monthly: 500\n    delta: 50\n";
    repo.write("infra/.tollgate.yaml", budget);
    let own = tollgate(repo.path(), &["cost", "infra", "--base", "main", "--format", "json"]);
    assert_eq!(own.code, 0, "{}", own.stderr);
    assert_eq!(own.json()["budgets"], Value::Null);
    assert_eq!(
        own.json()["warnings"][0],
        "this change edits infra/.tollgate.yaml; the budgets are the base revision's (main)"
    );
    // The base's budget does: the total fits, the change's delta does not.
    git(repo.path(), &["add", "infra/.tollgate.yaml"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "budget"]);
    let over = tollgate(repo.path(), &["cost", "infra", "--base", "main", "--format", "json"]);
    assert_eq!(over.code, 1, "an exceeded budget fails: {}", over.stderr);
    let report = over.json();
    validate("schemas/cost.schema.json", &report);
    let budget = &report["budgets"][0];
    assert_eq!(budget["exceeded"], true);
    assert_eq!(budget["monthly"], 132.54);
    assert_eq!(budget["delta"], 106.08);
    assert_eq!(budget["message"], "`infra/**`: the change adds $106.08 a month, over the $50.00 allowed");
}

#[test]
fn with_base_the_usage_figures_are_the_base_revisions() {
    let repo = TempRepo::new();
    let usage = |gb: u32| {
        format!(
            "version: 0.1\nresource_usage:\n  google_compute_router_nat.egress:\n    monthly_data_processed_gb: {gb}\n"
        )
    };
    repo.write("infra/main.tf", NAT).write("usage.yml", usage(1000));
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base"]);
    // The pull request claims its NAT gateway carries no traffic.
    repo.write("usage.yml", usage(0));
    let run =
        tollgate(repo.path(), &["cost", "infra", "--base", "main", "--usage-file", "usage.yml", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.json();
    validate("schemas/cost.schema.json", &report);
    // 730 h x 0.0448 = 32.70, and the base's 1000 GB x 0.045 = 45.00, on both sides.
    assert_eq!(report["total_monthly"], 77.7, "{report:#}");
    assert_eq!(report["diff"]["total_before"], 77.7);
    assert_eq!(report["warnings"][0], "this change edits usage.yml; the usage figures are the base revision's (main)");
    // Without `--base` the work tree's usage file is read.
    let report = tollgate(repo.path(), &["cost", "infra", "--usage-file", "usage.yml", "--format", "json"]).json();
    assert_eq!(report["total_monthly"], 32.7);
}

#[test]
fn a_cost_policy_sees_each_resources_delta_against_the_base() {
    let repo = TempRepo::new();
    let policy = "# METADATA\n# title: Monthly increase over $50\n# custom:\n#   id: ORG-COST1\n#   severity: high\npackage org.cost_increase\n\nimport rego.v1\n\ndeny contains msg if {\n\tinput.cost.delta > 50\n\tmsg := sprintf(\"%s adds %v a month (was %v)\", [input.address, input.cost.delta, input.cost.base_monthly])\n}\n";
    repo.write("infra/main.tf", BASE).write("policy/cost.rego", policy).write(".tollgate.yaml", "policies: [policy]\n");
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base"]);
    repo.write("infra/main.tf", BASE.replace("e2-medium", "e2-standard-4") + NAT);
    let run = tollgate(repo.path(), &["check", "--base", "main", "--format", "json"]);
    let report = run.json();
    let messages: Vec<&str> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule_id"] == "ORG-COST1")
        .filter_map(|f| f["message"].as_str())
        .collect();
    // The resize adds 99.84 - 26.46 = 73.38; the new NAT gateway's 32.70 stays under the threshold.
    assert_eq!(messages, ["google_compute_instance.app adds 73.38 a month (was 26.46)"], "{report:#}");
    assert_eq!(run.code, 1, "{}", run.stderr);
}

#[test]
fn a_malformed_usage_file_is_an_error_with_its_location() {
    let repo = TempRepo::new();
    repo.write("main.tf", NAT);
    repo.write(
        "usage.yml",
        "version: 0.1\nresource_usage:\n  google_compute_router_nat.egress:\n    monthly_data_processed_gb: [1\n",
    );
    let run = tollgate(repo.path(), &["cost", ".", "--usage-file", "usage.yml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("usage.yml:"), "{}", run.stderr);
    repo.write(
        "usage.yml",
        "resource_usage:\n  google_compute_router_nat.egress:\n    monthly_data_processed_gb: lots\n",
    );
    let run = tollgate(repo.path(), &["cost", ".", "--usage-file", "usage.yml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("monthly_data_processed_gb must be a number"), "{}", run.stderr);
}

#[test]
fn unknown_types_regions_and_usage_keys_are_named() {
    let repo = TempRepo::new();
    repo.write(
        "main.tf",
        r#"resource "google_compute_instance" "odd" {
  name         = "odd"
  machine_type = "e9-imaginary-2"
  zone         = "us-central1-a"
  network_interface {
    network = "default"
  }
}
resource "google_compute_disk" "far" {
  name = "far"
  size = 10
  zone = "mars-north1-a"
}
resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
}
"#,
    );
    repo.write("usage.yml", "resource_usage:\n  google_compute_disk.far:\n    storage_gbb: 5\n");
    let empty = repo.path().join("no-catalogs");
    let catalog_dir = empty.display().to_string();
    let args = ["cost", ".", "--usage-file", "usage.yml", "--format", "json", "--catalog-dir", &catalog_dir];
    let run = tollgate(repo.path(), &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.json();
    let reasons: Vec<(String, String)> = report["unpriced"]
        .as_array()
        .expect("unpriced")
        .iter()
        .map(|u| (u["address"].as_str().unwrap_or("").to_owned(), u["reason"].as_str().unwrap_or("").to_owned()))
        .collect();
    let reason = |address: &str| reasons.iter().find(|(a, _)| a == address).map(|(_, r)| r.clone()).unwrap_or_default();
    assert_eq!(
        reason("google_compute_instance.odd"),
        "compute_instance `e9-imaginary-2`: not in the shipped catalog; run `tollgate prices update`"
    );
    assert_eq!(
        reason("google_compute_disk.far"),
        "persistent_disk `hdd` in region `mars-north1`: not in the shipped catalog; run `tollgate prices update`"
    );
    // AWS prices ship too: the instance is priced offline, with no catalog directory at all.
    let priced = report["resources"].as_array().expect("resources");
    assert!(
        priced.iter().any(|r| r["address"] == "aws_instance.web" && r["monthly"].as_f64() > Some(0.0)),
        "{report:#}"
    );
    assert!(
        run.stderr.contains("usage key `google_compute_disk.far.storage_gbb` matches no priced resource"),
        "{}",
        run.stderr
    );
}

const DISK_POLICY: &str = r#"# METADATA
# title: Disks must be SSD
# custom:
#   id: ORG_SSD
#   severity: medium
package org.ssd

import rego.v1

deny contains {"msg": "use pd-ssd", "attribute": "type", "fix": {"set": {"type": "pd-ssd"}, "risk": "low"}} if {
	input.type == "google_compute_disk"
	input.values.type != "pd-ssd"
}
"#;

fn disk_repo(policy: &str) -> TempRepo {
    let repo = TempRepo::new();
    repo.write(
        "main.tf",
        "resource \"google_compute_disk\" \"data\" {\n  name = \"data\"\n  type = \"pd-standard\"\n  zone = \"us-central1-a\"\n  size = 100\n}\n",
    );
    repo.write("policy/ssd.rego", policy);
    repo
}

#[test]
fn a_fix_that_raises_the_cost_is_dropped_unless_its_rule_allows_it() {
    let repo = disk_repo(DISK_POLICY);
    let run = tollgate(repo.path(), &["fix", ".", "--policy", "policy", "--rule", "ORG_SSD", "--format", "json"]);
    let report = run.json();
    validate("schemas/fix.schema.json", &report);
    let fix = &report["fixes"][0];
    assert_eq!(fix["status"], "unverified", "{report:#}");
    // pd-standard 100 GB x $0.04 = $4.00; pd-ssd 100 GB x $0.17 = $17.00 in us-central1.
    assert_eq!(fix["monthly_cost_delta"], 13.0);
    assert!(fix["reason"].as_str().is_some_and(|r| r.contains("raises the monthly cost by $13.00")), "{fix}");
    assert_eq!(report["diffs"].as_array().map(Vec::len), Some(0));
    assert_eq!(run.code, 1);
    let allowed = disk_repo(&DISK_POLICY.replace("\"risk\": \"low\"}", "\"risk\": \"low\", \"cost_may_rise\": true}"));
    let run = tollgate(allowed.path(), &["fix", ".", "--policy", "policy", "--rule", "ORG_SSD", "--format", "json"]);
    let report = run.json();
    assert_eq!(report["fixes"][0]["status"], "verified", "{report:#}");
    assert_eq!(report["fixes"][0]["monthly_cost_delta"], 13.0);
    assert_eq!(run.code, 0, "{}", run.stderr);
}
