//! The shipped AWS catalog prices networking, messaging and container services offline: VPC interface
//! endpoints per subnet, flow logs by destination, EFS, SNS, Kinesis, Amazon MQ, Fargate profiles and
//! ECR at AWS's published list prices; resources free by themselves are left out of the estimate, and
//! a gateway endpoint is priced at nothing rather than listed as unpriced.

use serde_json::Value;

use crate::support::{TempRepo, tollgate, validate};

const SERVICES: &str = r#"resource "aws_vpc_endpoint" "api" {
  vpc_id            = "vpc-1"
  service_name      = "com.amazonaws.us-east-1.execute-api"
  vpc_endpoint_type = "Interface"
  subnet_ids        = ["subnet-a", "subnet-b"]
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = "vpc-1"
  service_name = "com.amazonaws.us-east-1.s3"
}

resource "aws_flow_log" "to_s3" {
  vpc_id               = "vpc-1"
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs"
}

resource "aws_efs_file_system" "shared" {
  throughput_mode                 = "provisioned"
  provisioned_throughput_in_mibps = 10
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_kinesis_stream" "events" {
  name        = "events"
  shard_count = 2
}

resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  user {
    username = "app"
    password = "not-a-real-password"
  }
}

resource "aws_eks_fargate_profile" "jobs" {
  cluster_name           = "platform"
  fargate_profile_name   = "jobs"
  pod_execution_role_arn = "arn:aws:iam::123456789012:role/fargate"
  selector {
    namespace = "jobs"
  }
}

resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_lifecycle_policy" "app" {
  repository = "app"
  policy     = "{}"
}

resource "aws_cloudwatch_event_rule" "nightly" {
  schedule_expression = "cron(0 3 * * ? *)"
}

resource "aws_vpn_gateway" "office" {
  vpc_id = "vpc-1"
}
"#;

const USAGE: &str = "version: 0.1\nresource_usage:\n  aws_flow_log.to_s3:\n    monthly_data_ingested_gb: 100\n  aws_efs_file_system.shared:\n    storage_gb: 50\n  aws_sns_topic.alerts:\n    monthly_requests: 2000000\n  aws_eks_fargate_profile.jobs:\n    monthly_vcpu_hours: 1000\n    monthly_gb_hours: 2000\n";

fn resource<'a>(report: &'a Value, address: &str) -> &'a Value {
    let resources = report["resources"].as_array().expect("resources");
    resources.iter().find(|r| r["address"] == address).unwrap_or_else(|| panic!("{address} not priced: {report:#}"))
}

/// `(name prefix, unit price, monthly cost)` of each of a resource's components.
fn components(report: &Value, address: &str) -> Vec<(String, f64, f64)> {
    let components = resource(report, address)["components"].as_array().expect("components").clone();
    components
        .iter()
        .map(|c| {
            assert_eq!(c["catalog"], "shipped", "{c:#}");
            let name = c["name"].as_str().expect("in the report").to_owned();
            (name, c["unit_price"].as_f64().expect("in the report"), c["monthly"].as_f64().expect("in the report"))
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

#[test]
fn network_messaging_and_container_services_are_priced_offline() {
    let repo = TempRepo::new();
    repo.write("main.tf", SERVICES);
    repo.write("usage.yml", USAGE);
    let empty = repo.path().join("no-catalogs").display().to_string();
    let run =
        tollgate(repo.path(), &["cost", ".", "--catalog-dir", &empty, "--usage-file", "usage.yml", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.json();
    validate("schemas/cost.schema.json", &report);
    // (address, component name, unit price, monthly cost): 730 hours a month.
    let expected = [
        ("aws_vpc_endpoint.api", "Endpoint (Interface) x 2 subnets", 0.01, 14.6),
        ("aws_vpc_endpoint.api", "Data processed", 0.01, 0.0),
        ("aws_flow_log.to_s3", "Logs delivered (s3)", 0.25, 25.0),
        ("aws_efs_file_system.shared", "Storage (standard)", 0.30, 15.0),
        ("aws_efs_file_system.shared", "Provisioned throughput x 10 MB/s", 6.0, 60.0),
        ("aws_sns_topic.alerts", "API requests (standard)", 0.0000005, 1.0),
        ("aws_kinesis_stream.events", "Shards (provisioned) x 2", 0.015, 21.9),
        ("aws_mq_broker.orders", "Broker (activemq, single, mq.m5.large)", 0.288, 210.24),
        ("aws_mq_broker.orders", "Storage (efs)", 0.30, 0.0),
        ("aws_eks_fargate_profile.jobs", "Pod vCPU", 0.04048, 40.48),
        ("aws_eks_fargate_profile.jobs", "Pod memory", 0.004445, 8.89),
        ("aws_ecr_repository.app", "Storage", 0.10, 0.0),
    ];
    for (address, name, price, monthly) in expected {
        let found = components(&report, address);
        let component = found.iter().find(|(n, _, _)| n == name);
        let (_, unit, cost) = component.unwrap_or_else(|| panic!("{address}: no {name}: {found:#?}"));
        assert!(close(*unit, price), "{address} {name}: unit price {unit}, expected {price}");
        assert!(close(*cost, monthly), "{address} {name}: monthly {cost}, expected {monthly}");
    }
    // A gateway endpoint costs nothing, and says so by having no components.
    assert!(components(&report, "aws_vpc_endpoint.s3").is_empty());
    // Free by themselves: neither priced nor unpriced.
    let unpriced = report["unpriced"].as_array().expect("in the report");
    assert!(unpriced.is_empty(), "{unpriced:#?}");
    for free in ["aws_ecr_lifecycle_policy.app", "aws_cloudwatch_event_rule.nightly", "aws_vpn_gateway.office"] {
        let resources = report["resources"].as_array().expect("in the report");
        assert!(!resources.iter().any(|r| r["address"] == free), "{free} is free by itself");
    }
}

/// A resource naming no region is priced in its root module's provider region, not the default.
#[test]
fn the_provider_block_region_prices_the_resources() {
    let repo = TempRepo::new();
    repo.write("providers.tf", "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n");
    repo.write(
        "main.tf",
        "resource \"aws_instance\" \"web\" {\n  ami           = \"ami-1\"\n  instance_type = \"m5.large\"\n}\n",
    );
    repo.write(
        "other/main.tf",
        "resource \"aws_instance\" \"web\" {\n  ami           = \"ami-1\"\n  instance_type = \"m5.large\"\n}\n",
    );
    let empty = repo.path().join("no-catalogs").display().to_string();
    let run = tollgate(repo.path(), &["cost", ".", "--catalog-dir", &empty, "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.json();
    let regions: Vec<(String, String, f64)> = report["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .map(|r| {
            let file = r["file"].as_str().expect("file").to_owned();
            let price = r["components"][0]["unit_price"].as_f64().expect("price");
            (file, r["region"].as_str().expect("region").to_owned(), price)
        })
        .collect();
    // The root module with the provider block is in eu-west-1 (AWS's list price there); the other
    // root names no region and takes the default, us-east-1.
    assert_eq!(
        regions,
        [
            ("main.tf".to_owned(), "eu-west-1".to_owned(), 0.107),
            ("other/main.tf".to_owned(), "us-east-1".to_owned(), 0.096)
        ]
    );
}
