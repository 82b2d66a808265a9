//! `tollgate cost` prices AWS and Azure offline out of the box, from the catalogs built into it
//! (`pricing/*.json`, built by `pricing/build-*.py` from public list-price data): AWS's and
//! Microsoft's published list prices, each component saying which catalog priced it and as of when.

use std::process::Command;

use serde_json::Value;

use crate::support::{TempRepo, repo_root, tollgate, validate};

const AWS: &str = r#"provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "m5.large"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 100
  type              = "gp3"
}

resource "aws_nat_gateway" "egress" {
  allocation_id = "eipalloc-1"
  subnet_id     = "subnet-1"
}

resource "aws_db_instance" "orders" {
  engine            = "postgres"
  instance_class    = "db.m5.large"
  allocated_storage = 100
  storage_type      = "gp2"
}

resource "aws_lb" "front" {
  name               = "front"
  load_balancer_type = "application"
}

resource "aws_eks_cluster" "platform" {
  name     = "platform"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1"]
  }
}
"#;

const AZURE: &str = r#"resource "azurerm_linux_virtual_machine" "east" {
  name                  = "east"
  resource_group_name   = "rg"
  location              = "eastus"
  size                  = "Standard_D2s_v5"
  admin_username        = "ops"
  network_interface_ids = ["nic-1"]
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}
"#;

/// `tollgate cost DIR` with no catalog directory and no network: the shipped catalogs only.
fn cost(repo: &TempRepo, extra: &[&str]) -> (Value, String) {
    let empty = repo.path().join("no-catalogs").display().to_string();
    let args = [&["cost", ".", "--catalog-dir", &empty][..], extra].concat();
    let run = tollgate(repo.path(), &[&args[..], &["--format", "json"]].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.json();
    validate("schemas/cost.schema.json", &report);
    let human = tollgate(repo.path(), &args);
    (report, human.stdout + &human.stderr)
}

/// The unit price of a resource's component, by name prefix.
fn unit_price(report: &Value, address: &str, component: &str) -> f64 {
    let resources = report["resources"].as_array().expect("resources");
    let resource = resources.iter().find(|r| r["address"] == address);
    let resource = resource.unwrap_or_else(|| panic!("{address} not priced: {report:#}"));
    let found = resource["components"]
        .as_array()
        .expect("components")
        .iter()
        .find(|c| c["name"].as_str().unwrap_or("").starts_with(component));
    let found = found.unwrap_or_else(|| panic!("{address}: no {component}: {resource:#}"));
    assert_eq!(found["catalog"], "shipped", "{found:#}");
    assert!(found["as_of"].as_str().is_some_and(|d| d.len() == 10), "{found:#}");
    found["unit_price"].as_f64().expect("a price")
}

#[test]
fn aws_list_prices_ship_with_tollgate() {
    let repo = TempRepo::new();
    repo.write("main.tf", AWS);
    let (report, human) = cost(&repo, &[]);
    for (address, component, price) in [
        ("aws_instance.web", "Instance usage", 0.096),
        ("aws_ebs_volume.data", "Storage (gp3)", 0.08),
        ("aws_nat_gateway.egress", "NAT gateway", 0.045),
        ("aws_nat_gateway.egress", "Data processed", 0.045),
        ("aws_db_instance.orders", "Database instance", 0.178),
        ("aws_db_instance.orders", "Storage (gp2)", 0.115),
        ("aws_lb.front", "Load balancer", 0.0225),
        ("aws_eks_cluster.platform", "EKS cluster", 0.10),
    ] {
        assert_eq!(unit_price(&report, address, component), price, "{address} {component}");
    }
    let catalogs = report["catalogs"].as_array().unwrap();
    assert!(catalogs.iter().all(|c| c["catalog"] == "shipped"), "{catalogs:#?}");
    assert!(human.contains("prices as of 2024-07-18 (shipped)"), "the table's footer dates the prices: {human}");
    // The EBS prices are from July 2024: more than 12 months old, and said so.
    let warnings: Vec<&str> = report["warnings"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.starts_with("stale-prices:") && w.contains("2024-07-18") && w.contains("prices update"))
    );
}

#[test]
fn a_region_or_sku_the_shipped_catalog_lacks_is_unpriced_with_what_to_do() {
    let repo = TempRepo::new();
    repo.write(
        "main.tf",
        "resource \"aws_instance\" \"far\" {\n  ami           = \"ami-1\"\n  instance_type = \"m5.large\"\n}\n\nresource \"aws_db_instance\" \"legacy\" {\n  engine            = \"oracle-ee\"\n  instance_class    = \"db.m5.large\"\n  allocated_storage = 100\n}\n",
    );
    let (report, _) = cost(&repo, &["--aws-region", "mars-east-1"]);
    let reasons: Vec<String> = report["unpriced"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| format!("{}: {}", u["address"].as_str().unwrap(), u["reason"].as_str().unwrap()))
        .collect();
    assert!(
        reasons.contains(&"aws_instance.far: ec2_instance `m5.large` in region `mars-east-1`: not in the shipped catalog; run `tollgate prices update`".to_owned()),
        "{reasons:#?}"
    );
    assert!(
        reasons.iter().any(|r| r.starts_with("aws_db_instance.legacy: ") && r.contains("run `tollgate prices update`")),
        "{reasons:#?}"
    );
}

#[test]
fn azure_vms_are_priced_by_region() {
    let repo = TempRepo::new();
    repo.write("east.tf", AZURE);
    repo.write("west.tf", AZURE.replace("\"east\"", "\"west\"").replace("eastus", "westeurope"));
    let (report, _) = cost(&repo, &[]);
    assert_eq!(unit_price(&report, "azurerm_linux_virtual_machine.east", "Virtual machine"), 0.096);
    assert_eq!(unit_price(&report, "azurerm_linux_virtual_machine.west", "Virtual machine"), 0.115);
}

/// The shipped catalogs are what the build scripts make of `../shared/pricing`, byte for byte.
#[test]
fn the_build_scripts_reproduce_the_shipped_catalogs() {
    let shared = repo_root().join("../shared/pricing");
    if !shared.join("aws").is_dir() {
        println!("note: ../shared/pricing is not here; the catalogs' build was not reproduced");
        return;
    }
    for provider in ["aws", "azure"] {
        let output = python(&[&format!("pricing/build-{provider}.py"), &shared.join(provider).display().to_string()]);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let shipped = std::fs::read(repo_root().join(format!("pricing/{provider}.json"))).expect("shipped catalog");
        assert!(output.stdout == shipped, "pricing/{provider}.json differs from what build-{provider}.py writes");
    }
    // A source that is missing stops the build with the file named, and nothing is written.
    let broken = tempfile::tempdir().expect("dir");
    std::fs::create_dir_all(broken.path().join("aws-price")).expect("mkdir");
    std::fs::write(broken.path().join("aws-price/locations.json"), "{\"US East (N. Virginia)\": ").expect("write");
    let output = python(&["pricing/build-aws.py", &broken.path().display().to_string()]);
    assert!(!output.status.success() && output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("aws-price/locations.json"), "{output:?}");
}

fn python(args: &[&str]) -> std::process::Output {
    Command::new("python3").args(args).current_dir(repo_root()).output().expect("python3 runs")
}

/// A price `prices update` wrote wins over the shipped one; what it did not fetch (another region)
/// still comes from the shipped catalog.
#[test]
fn updated_prices_win_and_the_shipped_catalog_fills_the_rest() {
    let repo = TempRepo::new();
    repo.write(
        "us.tf",
        "resource \"aws_instance\" \"us\" {\n  ami           = \"ami-1\"\n  instance_type = \"m5.large\"\n}\n",
    );
    repo.write(
        "catalogs/aws.json",
        r#"{"provider":"aws","currency":"USD","source":"AWS Price List bulk API","date":"2026-12-01","products":{"ec2_instance":{"unit":"hour","skus":{"m5.large":{"us-east-1":0.1}}}}}"#,
    );
    let run = tollgate(repo.path(), &["cost", ".", "--catalog-dir", "catalogs", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = run.json();
    let component = &report["resources"][0]["components"][0];
    assert_eq!((component["unit_price"].as_f64(), component["catalog"].as_str()), (Some(0.1), Some("updated")));
    assert_eq!(component["as_of"], "2026-12-01");
    let run = tollgate(
        repo.path(),
        &["cost", ".", "--catalog-dir", "catalogs", "--aws-region", "eu-west-1", "--format", "json"],
    );
    let report = run.json();
    let component = &report["resources"][0]["components"][0];
    assert_eq!((component["unit_price"].as_f64(), component["catalog"].as_str()), (Some(0.107), Some("shipped")));
}

/// The AWS and Azure cost fixtures priced by the shipped catalogs alone (the hand-worked sums beside
/// them use the catalogs `prices update` writes from hand-written offers): what each resource costs at
/// the public list prices, and what the shipped data lacks, snapshotted.
#[test]
fn the_cost_fixtures_priced_by_the_shipped_catalogs() {
    let repo = TempRepo::new();
    let empty = repo.path().join("no-catalogs").display().to_string();
    for fixture in ["aws", "azure"] {
        let dir = format!("testdata/cost/{fixture}");
        let usage = format!("{dir}/infracost-usage.yml");
        let args = ["cost", &dir, "--usage-file", &usage, "--catalog-dir", &empty, "--format", "json"];
        let run = tollgate(&repo_root(), &args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let report = run.json();
        validate("schemas/cost.schema.json", &report);
        let summary: Vec<String> = report["resources"]
            .as_array()
            .expect("resources")
            .iter()
            .map(|r| format!("{} {}", r["address"].as_str().unwrap_or(""), r["monthly"]))
            .chain(report["unpriced"].as_array().expect("unpriced").iter().map(|u| {
                format!("unpriced {}: {}", u["address"].as_str().unwrap_or(""), u["reason"].as_str().unwrap_or(""))
            }))
            .collect();
        insta::assert_json_snapshot!(format!("shipped_{fixture}"), (summary, &report["total_monthly"]));
    }
}
