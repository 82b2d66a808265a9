//! Evaluation tests over whole modules held in memory.

use std::collections::HashMap;
use std::sync::Arc;

use super::frame::{Inputs, Project, SourceTree};
use super::parse::parse_file;
use super::project::Evaluation;

struct Memory(HashMap<String, String>);

impl SourceTree for Memory {
    fn read(&self, path: &str) -> Option<String> {
        self.0.get(path).cloned()
    }
    fn terraform_files(&self, dir: &str) -> Vec<String> {
        self.0.keys().filter(|k| crate::load::dir_of(k) == dir && k.ends_with(".tf")).cloned().collect()
    }
}

fn evaluate(files: &[(&str, &str)]) -> Evaluation {
    let tree = Memory(files.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect());
    let parsed = files.iter().map(|(name, text)| Arc::new(parse_file(name, text).expect("parses"))).collect();
    let inputs = Inputs::default();
    Project::new(parsed, &tree, &inputs).evaluate()
}

fn values<'a>(evaluation: &'a Evaluation, address: &str) -> &'a serde_json::Value {
    &evaluation.resources.iter().find(|r| r.address == address).unwrap_or_else(|| panic!("no {address}")).values
}

#[test]
fn module_inputs_are_read_when_needed_so_outputs_can_feed_back() {
    // The namespace reads the module's output while the module's other input reads the namespace:
    // Terraform's graph has no cycle here, and neither does evaluation.
    let evaluation = evaluate(&[
        (
            "main.tf",
            r#"
module "tables" {
  source    = "./tables"
  name      = "analytics"
  namespace = aws_s3tables_namespace.ns.namespace
}
resource "aws_s3tables_namespace" "ns" {
  namespace        = "events"
  table_bucket_arn = module.tables.bucket_name
}
"#,
        ),
        (
            "tables/main.tf",
            r#"
variable "name" {}
variable "namespace" {}
resource "aws_s3tables_table_bucket" "this" {
  name = var.name
}
resource "aws_s3tables_table" "t" {
  namespace = var.namespace
}
output "bucket_name" {
  value = aws_s3tables_table_bucket.this.name
}
"#,
        ),
    ]);
    assert!(evaluation.errors.is_empty(), "{:?}", evaluation.errors);
    assert_eq!(values(&evaluation, "aws_s3tables_namespace.ns")["table_bucket_arn"], "analytics");
    assert_eq!(values(&evaluation, "module.tables.aws_s3tables_table.t")["namespace"], "events");
    assert!(!evaluation.counts.unknown.contains_key(&super::value::Why::Cycle));
}

#[test]
fn override_files_merge_into_the_blocks_they_name() {
    let evaluation = evaluate(&[
        (
            "main.tf",
            "resource \"aws_instance\" \"a\" {\n  instance_type = \"t3.micro\"\n  ebs_block_device {\n    volume_size = 10\n  }\n}\n",
        ),
        (
            "override.tf",
            "resource \"aws_instance\" \"a\" {\n  instance_type = \"m6i.large\"\n  ebs_block_device {\n    volume_size = 50\n  }\n}\n",
        ),
    ]);
    assert!(evaluation.errors.is_empty(), "{:?}", evaluation.errors);
    assert_eq!(evaluation.resources.len(), 1);
    let a = values(&evaluation, "aws_instance.a");
    assert_eq!(
        (a["instance_type"].as_str(), a["ebs_block_device"][0]["volume_size"].as_i64()),
        (Some("m6i.large"), Some(50))
    );
    assert_eq!(evaluation.resources[0].file, "main.tf", "located where it is declared");
}

#[test]
fn unknown_count_checks_one_instance_and_try_falls_back_on_missing_keys() {
    let evaluation = evaluate(&[(
        "main.tf",
        r#"
variable "n" {}
locals {
  settings = { size = 10 }
}
resource "aws_ebs_volume" "v" {
  count = var.n
  size  = try(local.settings.missing, 20)
  iops  = aws_instance.x.id
}
resource "aws_instance" "x" {
  ami = "ami-1"
}
"#,
    )]);
    assert!(evaluation.errors.is_empty(), "{:?}", evaluation.errors);
    let v = evaluation.resources.iter().find(|r| r.resource_type == "aws_ebs_volume").expect("one instance");
    assert_eq!(v.address, "aws_ebs_volume.v");
    assert_eq!(v.values["size"], 20);
    assert_eq!(v.unknown, vec!["iops"], "a computed attribute of another resource is unknown");
    assert_eq!(v.references["iops"], vec!["aws_instance.x"]);
    assert_eq!(evaluation.missing_variables.len(), 1);
}

#[test]
fn huge_counts_and_widths_are_errors_not_allocations() {
    let evaluation = evaluate(&[(
        "main.tf",
        "resource \"aws_instance\" \"many\" {\n  count = 1000000000\n  ami   = format(\"%999999999d\", 1)\n  tags  = { p = length(setproduct(range(1000), range(1000))) }\n}\n",
    )]);
    let messages: Vec<&str> = evaluation.errors.iter().map(|(_, e)| e.message.as_str()).collect();
    assert!(messages.iter().any(|m| m.contains("more than the 10000 instances")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("a width over 10000")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("more than 100000 elements")), "{messages:?}");
    assert_eq!(evaluation.resources.len(), 1, "checked once, without an index");
}

#[test]
fn a_module_that_calls_itself_stops_with_an_error() {
    let evaluation = evaluate(&[(
        "main.tf",
        "module \"again\" {\n  source = \"./\"\n  count  = 2\n}\n\nresource \"aws_instance\" \"a\" {\n  ami = \"ami-1\"\n}\n",
    )]);
    let messages: Vec<&str> = evaluation.errors.iter().map(|(_, e)| e.message.as_str()).collect();
    assert!(messages.iter().any(|m| m.contains("module instances") || m.contains("nest deeper")), "{messages:?}");
    assert!(evaluation.resources.len() <= 10_001);
}
