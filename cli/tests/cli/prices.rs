//! `tollgate prices update` against recorded responses of the AWS Price List bulk API and the Azure
//! Retail Prices API (their real formats) served on 127.0.0.1, then `tollgate cost` priced from the
//! catalogs it wrote.

use std::sync::{Arc, OnceLock};

use serde_json::{Value, json};

use crate::local_http;
use crate::support::{TempRepo, tollgate_env, validate};

/// A price-list product with its on-demand term, as the bulk API's offer files write them.
fn aws_product(sku: &str, family: &str, attributes: Value, unit: &str, usd: &str) -> (Value, Value) {
    let product = json!({"sku": sku, "productFamily": family, "attributes": attributes});
    let term = json!({
        format!("{sku}.JRTCKXETXF"): {
            "offerTermCode": "JRTCKXETXF",
            "sku": sku,
            "effectiveDate": "2026-11-01T00:00:00Z",
            "priceDimensions": {
                format!("{sku}.JRTCKXETXF.6YS6EN2CT7"): {
                    "rateCode": format!("{sku}.JRTCKXETXF.6YS6EN2CT7"),
                    "description": format!("${usd} per {unit}"),
                    "beginRange": "0",
                    "endRange": "Inf",
                    "unit": unit,
                    "pricePerUnit": {"USD": usd},
                    "appliesTo": []
                }
            },
            "termAttributes": {}
        }
    });
    (product, term)
}

fn offer(code: &str, entries: Vec<(&str, (Value, Value))>) -> Value {
    let mut products = serde_json::Map::new();
    let mut terms = serde_json::Map::new();
    for (sku, (product, term)) in entries {
        products.insert(sku.into(), product);
        terms.insert(sku.into(), term);
    }
    json!({
        "formatVersion": "v1.0",
        "disclaimer": "This pricing list is for informational purposes only.",
        "offerCode": code,
        "version": "20261101000000",
        "publicationDate": "2026-11-01T00:00:00Z",
        "products": products,
        "terms": {"OnDemand": terms, "Reserved": {}}
    })
}

fn ec2() -> Value {
    let instance = |sku: &'static str, os: &str, usd: &str| {
        let attributes = json!({"servicecode": "AmazonEC2", "location": "US East (N. Virginia)", "regionCode": "us-east-1",
            "instanceType": "t3.micro", "tenancy": "Shared", "operatingSystem": os, "preInstalledSw": "NA",
            "licenseModel": "No License required", "capacitystatus": "Used", "usagetype": "BoxUsage:t3.micro"});
        (sku, aws_product(sku, "Compute Instance", attributes, "Hrs", usd))
    };
    let gp3 = json!({"servicecode": "AmazonEC2", "regionCode": "us-east-1", "volumeApiName": "gp3", "usagetype": "EBS:VolumeUsage.gp3"});
    let gp2 = json!({"servicecode": "AmazonEC2", "regionCode": "us-east-1", "volumeApiName": "gp2", "usagetype": "EBS:VolumeUsage.gp2"});
    let nat_hours = json!({"servicecode": "AmazonEC2", "regionCode": "us-east-1", "usagetype": "NatGateway-Hours"});
    let nat_bytes = json!({"servicecode": "AmazonEC2", "regionCode": "us-east-1", "usagetype": "NatGateway-Bytes"});
    offer(
        "AmazonEC2",
        vec![
            instance("DQ578CGN99KG6ECF", "Linux", "0.0104000000"),
            instance("8PDTKS4C9TGQ7NPE", "Windows", "0.0196000000"),
            ("NHY3RJRQJ4KJ2MWX", aws_product("NHY3RJRQJ4KJ2MWX", "Storage", gp3, "GB-Mo", "0.0800000000")),
            ("HY3BZPP2B6K8MSJF", aws_product("HY3BZPP2B6K8MSJF", "Storage", gp2, "GB-Mo", "0.1000000000")),
            ("M2YSHUBETB3JX4M4", aws_product("M2YSHUBETB3JX4M4", "NAT Gateway", nat_hours, "Hrs", "0.0450000000")),
            ("MJUXXZQYXUTBMSEW", aws_product("MJUXXZQYXUTBMSEW", "NAT Gateway", nat_bytes, "GB", "0.0450000000")),
        ],
    )
}

fn elb() -> Value {
    let alb = json!({"servicecode": "AWSELB", "regionCode": "us-east-1", "usagetype": "LoadBalancerUsage"});
    offer(
        "AWSELB",
        vec![(
            "7ANQ3FZBX2PY3TWP",
            aws_product("7ANQ3FZBX2PY3TWP", "Load Balancer-Application", alb, "Hrs", "0.0250000000"),
        )],
    )
}

fn rds() -> Value {
    let db = json!({"servicecode": "AmazonRDS", "regionCode": "us-east-1", "instanceType": "db.t3.micro",
        "databaseEngine": "MySQL", "deploymentOption": "Single-AZ", "licenseModel": "No license required"});
    let storage = json!({"servicecode": "AmazonRDS", "regionCode": "us-east-1", "volumeType": "General Purpose",
        "databaseEngine": "Any", "deploymentOption": "Single-AZ"});
    offer(
        "AmazonRDS",
        vec![
            ("FBUZ9PEGGH3U4KBQ", aws_product("FBUZ9PEGGH3U4KBQ", "Database Instance", db, "Hrs", "0.0170000000")),
            ("QVD35TA7MPS92RBC", aws_product("QVD35TA7MPS92RBC", "Database Storage", storage, "GB-Mo", "0.1150000000")),
        ],
    )
}

/// A Retail Prices API item.
fn azure_item(service: &str, product: &str, sku: &str, arm_sku: &str, meter: &str, price: f64) -> Value {
    json!({"currencyCode": "USD", "tierMinimumUnits": 0.0, "retailPrice": price, "unitPrice": price,
        "armRegionName": "eastus", "location": "US East", "effectiveStartDate": "2026-10-01T00:00:00Z",
        "meterId": "0a2b3c4d", "meterName": meter, "productId": "DZH318Z0BQ4L", "skuId": "DZH318Z0BQ4L/00G1",
        "productName": product, "skuName": sku, "serviceName": service, "serviceId": "DZH313Z7MMC8",
        "serviceFamily": "Compute", "unitOfMeasure": "1 Hour", "type": "Consumption", "isPrimaryMeterRegion": true,
        "armSkuName": arm_sku})
}

fn serve() -> String {
    let root: Arc<OnceLock<String>> = Arc::default();
    let known = Arc::clone(&root);
    let url = local_http::start(move |request| {
        let path = request.path.clone();
        let query = path.replace("%20", " ").replace('+', " ");
        let offer = |code: &str| path.starts_with(&format!("/offers/v1.0/aws/{code}/current/us-east-1/index.json"));
        let body = if offer("AmazonEC2") {
            ec2()
        } else if offer("AWSELB") {
            elb()
        } else if offer("AmazonRDS") {
            rds()
        } else if path.starts_with("/api/retail/prices") && query.contains("Virtual Machines") {
            let vm = |product: &str, sku: &str, meter: &str, price| {
                azure_item("Virtual Machines", product, sku, "Standard_B2s", meter, price)
            };
            json!({"BillingCurrency": "USD", "CustomerEntityId": "Default", "CustomerEntityType": "Retail",
                "Items": [vm("Virtual Machines BS Series", "B2s", "B2s", 0.0416),
                          vm("Virtual Machines BS Series", "B2s Spot", "B2s Spot", 0.0083),
                          vm("Virtual Machines BS Series Windows", "B2s", "B2s", 0.0496)],
                "NextPageLink": null, "Count": 3})
        } else if path.starts_with("/api/retail/prices") && query.contains("IP Addresses") && !path.contains("skip") {
            // The first page links to the second, as the API pages its results.
            json!({"Items": [], "NextPageLink": format!("{}{path}&$skip=100", known.get().map_or("", String::as_str)), "Count": 0})
        } else if path.starts_with("/api/retail/prices") && query.contains("IP Addresses") {
            let ip =
                azure_item("Virtual Network", "IP Addresses", "Standard", "", "Standard IPv4 Static Public IP", 0.005);
            json!({"Items": [ip], "NextPageLink": null, "Count": 1})
        } else {
            return (404, vec![], json!({"message": "not found"}));
        };
        (200, vec![], body)
    });
    root.set(url.clone()).expect("set once");
    url
}

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
    assert!(update.stderr.contains("aws.json (8 prices in 6 products)"), "{}", update.stderr);
    let aws: Value =
        serde_json::from_str(&std::fs::read_to_string(repo.path().join("catalogs/aws.json")).expect("aws.json"))
            .expect("json");
    assert_eq!(aws["products"]["ec2_instance"]["skus"]["t3.micro"]["us-east-1"], 0.0104, "Linux, not Windows");
    let cost = tollgate_env(repo.path(), &["cost", ".", "--format", "json"], &env);
    assert_eq!(cost.code, 0, "{}", cost.stderr);
    let report = cost.json();
    validate("schemas/cost.schema.json", &report);
    let monthly: Vec<(String, f64)> = report["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .map(|r| (r["address"].as_str().unwrap_or("").to_owned(), r["monthly"].as_f64().unwrap_or(-1.0)))
        .collect();
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
