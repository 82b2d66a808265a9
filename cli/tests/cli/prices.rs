//! `tollgate prices update` against hand-written responses of the AWS Price List bulk API and the Azure
//! Retail Prices API (their real formats) served on 127.0.0.1, then `tollgate cost` priced from the
//! catalogs it wrote.

use serde_json::Value;

use crate::price_offers::serve;
use crate::support::{TempRepo, tollgate_env, validate};

const INFRA: &str = r#"resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  root_block_device {
    volume_size = 20
    volume_type = "gp3"
  }
}
resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 100
  encrypted         = true
}
resource "aws_nat_gateway" "egress" {
  subnet_id     = "subnet-1"
  allocation_id = "eipalloc-1"
}
resource "aws_lb" "front" {
  name = "front"
}
resource "aws_db_instance" "orders" {
  instance_class    = "db.t3.micro"
  engine            = "mysql"
  allocated_storage = 20
}
resource "azurerm_linux_virtual_machine" "jump" {
  name                = "jump"
  location            = "East US"
  resource_group_name = "rg"
  size                = "Standard_B2s"
}
resource "azurerm_public_ip" "jump" {
  name                = "jump"
  location            = "eastus"
  resource_group_name = "rg"
  allocation_method   = "Static"
  sku                 = "Standard"
}
"#;

#[test]
fn catalogs_from_the_price_apis_price_aws_and_azure() {
    let url = serve();
    let repo = TempRepo::new();
    repo.write("main.tf", INFRA);
    let catalogs = repo.path().join("catalogs").display().to_string();
    let env = [
        ("TOLLGATE_AWS_PRICING_URL", url.as_str()),
        ("TOLLGATE_AZURE_PRICES_URL", url.as_str()),
        ("TOLLGATE_CATALOG_DIR", catalogs.as_str()),
    ];
    let update =
        tollgate_env(repo.path(), &["prices", "update", "--aws-region", "us-east-1", "--azure-region", "eastus"], &env);
    assert_eq!(update.code, 0, "{}", update.stderr);
    assert!(update.stderr.contains("aws.json (40 prices in 27 products)"), "{}", update.stderr);
    let aws: Value =
        serde_json::from_str(&std::fs::read_to_string(repo.path().join("catalogs/aws.json")).expect("aws.json"))
            .expect("json");
    assert_eq!(aws["products"]["ec2_instance"]["skus"]["t3.micro"]["us-east-1"], 0.0104, "Linux, not Windows");
    let cost = tollgate_env(repo.path(), &["cost", ".", "--format", "json"], &env);
    assert_eq!(cost.code, 0, "{}", cost.stderr);
    let report = cost.json();
    validate("schemas/cost.schema.json", &report);
    let monthly = crate::cost_fixture::monthly(&report);
    let expected = [
        // 730 h x 0.0104 = 7.59; root volume 20 GB x 0.08 = 1.60.
        ("aws_instance.web", 9.19),
        // 730 h x 0.025.
        ("aws_lb.front", 18.25),
        // 730 h x 0.017 = 12.41; storage 20 GB x 0.115 = 2.30.
        ("aws_db_instance.orders", 14.71),
        // 730 h x 0.045; data processed depends on usage.
        ("aws_nat_gateway.egress", 32.85),
        // 730 h x 0.0416 = 30.368; a public IP 730 h x 0.005.
        ("azurerm_linux_virtual_machine.jump", 30.37),
        ("azurerm_public_ip.jump", 3.65),
        // gp2 by default: 100 GB x 0.10.
        ("aws_ebs_volume.data", 10.0),
    ];
    for (address, amount) in expected {
        assert!(monthly.contains(&(address.to_owned(), amount)), "{address} {amount}: {monthly:?}");
    }
    assert_eq!(report["unpriced"].as_array().map(Vec::len), Some(0), "{}", report["unpriced"]);
    assert_eq!(report["total_monthly"], 119.02);
    // The rules see the estimate as `input.cost`: the gp2 finding names what gp3 would save.
    let check = tollgate_env(repo.path(), &["check", ".", "--format", "json", "--no-cache"], &env);
    let findings = check.json()["findings"].clone();
    let gp2 = findings.as_array().expect("findings").iter().find(|f| f["rule_id"] == "COST001").expect("COST001");
    assert_eq!(gp2["message"], "aws_ebs_volume.data is a gp2 volume, about $2.00 a month more than gp3");
}

#[test]
fn an_unreachable_price_api_is_an_error() {
    let repo = TempRepo::new();
    let catalogs = repo.path().join("catalogs").display().to_string();
    let env = [("TOLLGATE_AWS_PRICING_URL", "http://127.0.0.1:9"), ("TOLLGATE_CATALOG_DIR", catalogs.as_str())];
    let run = tollgate_env(repo.path(), &["prices", "update", "--provider", "aws", "--aws-region", "us-east-1"], &env);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("error: aws: http://127.0.0.1:9/offers/v1.0/aws/AmazonEC2"), "{}", run.stderr);
    assert!(!repo.path().join("catalogs/aws.json").exists());
}
