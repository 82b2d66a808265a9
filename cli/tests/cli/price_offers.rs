//! Responses of the AWS Price List bulk API (offer files, one per service and region) and the Azure
//! Retail Prices API, written by hand for these tests in the formats the APIs document (not recorded
//! from the live APIs, which this machine cannot reach), served on 127.0.0.1 for `tollgate prices
//! update`. The prices are us-east-1 / eastus list prices of November 2026 for the SKUs the tests use.

use std::sync::{Arc, OnceLock};

use serde_json::{Value, json};

use crate::local_http;

/// A price-list product with its on-demand term, as the bulk API's offer files write them.
pub fn aws_product(sku: &str, family: &str, attributes: Value, unit: &str, usd: &str) -> (Value, Value) {
    aws_product_tiers(sku, family, attributes, unit, &[("0", "Inf", usd)])
}

/// The same with several price dimensions (`beginRange`, `endRange`, USD): free tiers and the like.
pub fn aws_product_tiers(
    sku: &str,
    family: &str,
    attributes: Value,
    unit: &str,
    tiers: &[(&str, &str, &str)],
) -> (Value, Value) {
    let product = json!({"sku": sku, "productFamily": family, "attributes": attributes});
    let dimensions: serde_json::Map<String, Value> = tiers
        .iter()
        .enumerate()
        .map(|(i, (begin, end, usd))| {
            let rate = format!("{sku}.JRTCKXETXF.6YS6EN2C{i:02}");
            let dimension = json!({
                "rateCode": rate,
                "description": format!("${usd} per {unit} ({begin} to {end})"),
                "beginRange": begin,
                "endRange": end,
                "unit": unit,
                "pricePerUnit": {"USD": usd},
                "appliesTo": []
            });
            (rate, dimension)
        })
        .collect();
    let term = json!({
        format!("{sku}.JRTCKXETXF"): {
            "offerTermCode": "JRTCKXETXF",
            "sku": sku,
            "effectiveDate": "2026-11-01T00:00:00Z",
            "priceDimensions": dimensions,
            "termAttributes": {}
        }
    });
    (product, term)
}

pub fn offer(code: &str, entries: Vec<(&str, (Value, Value))>) -> Value {
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
    let instance = |sku: &'static str, size: &str, os: &str, usd: &str| {
        let attributes = json!({"servicecode": "AmazonEC2", "location": "US East (N. Virginia)", "regionCode": "us-east-1",
            "instanceType": size, "tenancy": "Shared", "operatingSystem": os, "preInstalledSw": "NA",
            "licenseModel": "No License required", "capacitystatus": "Used", "usagetype": format!("BoxUsage:{size}")});
        (sku, aws_product(sku, "Compute Instance", attributes, "Hrs", usd))
    };
    let idle_ip = json!({"servicecode": "AmazonEC2", "regionCode": "us-east-1", "group": "ElasticIP:Address",
        "usagetype": "ElasticIP:IdleAddress"});
    let gp3 = json!({"servicecode": "AmazonEC2", "regionCode": "us-east-1", "volumeApiName": "gp3", "usagetype": "EBS:VolumeUsage.gp3"});
    let gp2 = json!({"servicecode": "AmazonEC2", "regionCode": "us-east-1", "volumeApiName": "gp2", "usagetype": "EBS:VolumeUsage.gp2"});
    let nat_hours = json!({"servicecode": "AmazonEC2", "regionCode": "us-east-1", "usagetype": "NatGateway-Hours"});
    let nat_bytes = json!({"servicecode": "AmazonEC2", "regionCode": "us-east-1", "usagetype": "NatGateway-Bytes"});
    offer(
        "AmazonEC2",
        vec![
            instance("DQ578CGN99KG6ECF", "t3.micro", "Linux", "0.0104000000"),
            instance("8PDTKS4C9TGQ7NPE", "t3.micro", "Windows", "0.0196000000"),
            instance("GVHWDBWWYWFQPVTM", "m5.large", "Linux", "0.0960000000"),
            ("7U6KT7E9TRBXXHCP", aws_product("7U6KT7E9TRBXXHCP", "IP Address", idle_ip, "Hrs", "0.0050000000")),
            ("NHY3RJRQJ4KJ2MWX", aws_product("NHY3RJRQJ4KJ2MWX", "Storage", gp3, "GB-Mo", "0.0800000000")),
            ("HY3BZPP2B6K8MSJF", aws_product("HY3BZPP2B6K8MSJF", "Storage", gp2, "GB-Mo", "0.1000000000")),
            ("M2YSHUBETB3JX4M4", aws_product("M2YSHUBETB3JX4M4", "NAT Gateway", nat_hours, "Hrs", "0.0450000000")),
            ("MJUXXZQYXUTBMSEW", aws_product("MJUXXZQYXUTBMSEW", "NAT Gateway", nat_bytes, "GB", "0.0450000000")),
        ],
    )
}

fn elb() -> Value {
    let alb = json!({"servicecode": "AWSELB", "regionCode": "us-east-1", "usagetype": "LoadBalancerUsage"});
    let classic = alb.clone();
    offer(
        "AWSELB",
        vec![
            (
                "7ANQ3FZBX2PY3TWP",
                aws_product("7ANQ3FZBX2PY3TWP", "Load Balancer-Application", alb, "Hrs", "0.0250000000"),
            ),
            ("Z3DT8AV8YJ6YFJ4N", aws_product("Z3DT8AV8YJ6YFJ4N", "Load Balancer", classic, "Hrs", "0.0250000000")),
        ],
    )
}

fn rds() -> Value {
    let db = json!({"servicecode": "AmazonRDS", "regionCode": "us-east-1", "instanceType": "db.t3.micro",
        "databaseEngine": "MySQL", "deploymentOption": "Single-AZ", "licenseModel": "No license required"});
    let storage = json!({"servicecode": "AmazonRDS", "regionCode": "us-east-1", "volumeType": "General Purpose",
        "databaseEngine": "Any", "deploymentOption": "Single-AZ"});
    let aurora = json!({"servicecode": "AmazonRDS", "regionCode": "us-east-1", "instanceType": "db.r6g.large",
        "databaseEngine": "Aurora PostgreSQL", "deploymentOption": "Single-AZ", "licenseModel": "No license required"});
    offer(
        "AmazonRDS",
        vec![
            ("FBUZ9PEGGH3U4KBQ", aws_product("FBUZ9PEGGH3U4KBQ", "Database Instance", db, "Hrs", "0.0170000000")),
            ("KH6HMZJ3XW2ZV7DA", aws_product("KH6HMZJ3XW2ZV7DA", "Database Instance", aurora, "Hrs", "0.2600000000")),
            ("QVD35TA7MPS92RBC", aws_product("QVD35TA7MPS92RBC", "Database Storage", storage, "GB-Mo", "0.1150000000")),
        ],
    )
}

/// A Retail Prices API item priced by the hour.
pub fn azure_item(service: &str, product: &str, sku: &str, arm_sku: &str, meter: &str, price: f64) -> Value {
    json!({"currencyCode": "USD", "tierMinimumUnits": 0.0, "retailPrice": price, "unitPrice": price,
        "armRegionName": "eastus", "location": "US East", "effectiveStartDate": "2026-10-01T00:00:00Z",
        "meterId": "0a2b3c4d", "meterName": meter, "productId": "DZH318Z0BQ4L", "skuId": "DZH318Z0BQ4L/00G1",
        "productName": product, "skuName": sku, "serviceName": service, "serviceId": "DZH313Z7MMC8",
        "serviceFamily": "Compute", "unitOfMeasure": "1 Hour", "type": "Consumption", "isPrimaryMeterRegion": true,
        "armSkuName": arm_sku})
}

/// Serves the hand-written offer files and Retail Prices pages on 127.0.0.1; returns its base URL.
pub fn serve() -> String {
    let root: Arc<OnceLock<String>> = Arc::default();
    let known = Arc::clone(&root);
    let url = local_http::start(move |request| {
        let path = request.path.clone();
        let query = path.replace("%20", " ").replace('+', " ");
        let offer = |code: &str| {
            let global = code == "AmazonRoute53";
            let file = if global { "current/index.json" } else { "current/us-east-1/index.json" };
            path.starts_with(&format!("/offers/v1.0/aws/{code}/{file}"))
        };
        let service = super::price_offers_services::offer_file;
        let code = path.strip_prefix("/offers/v1.0/aws/").and_then(|rest| rest.split('/').next()).unwrap_or("");
        let body = if offer("AmazonEC2") {
            ec2()
        } else if offer("AWSELB") {
            elb()
        } else if offer("AmazonRDS") {
            rds()
        } else if let Some(file) = service(code).filter(|_| offer(code)) {
            file
        } else if path.starts_with("/api/retail/prices") && query.contains("Virtual Machines") {
            let vm = |product: &str, sku: &str, arm: &str, meter: &str, price| {
                azure_item("Virtual Machines", product, sku, arm, meter, price)
            };
            json!({"BillingCurrency": "USD", "CustomerEntityId": "Default", "CustomerEntityType": "Retail",
                "Items": [vm("Virtual Machines BS Series", "B2s", "Standard_B2s", "B2s", 0.0416),
                          vm("Virtual Machines BS Series", "B2s Spot", "Standard_B2s", "B2s Spot", 0.0083),
                          vm("Virtual Machines BS Series Windows", "B2s", "Standard_B2s", "B2s", 0.0496),
                          vm("Virtual Machines DSv3 Series", "D2s v3", "Standard_D2s_v3", "D2s v3", 0.096)],
                "NextPageLink": null, "Count": 4})
        } else if path.starts_with("/api/retail/prices") && query.contains("IP Addresses") && !path.contains("skip") {
            // The first page links to the second, as the API pages its results.
            json!({"Items": [], "NextPageLink": format!("{}{path}&$skip=100", known.get().map_or("", String::as_str)), "Count": 0})
        } else if path.starts_with("/api/retail/prices") && query.contains("IP Addresses") {
            let ip =
                azure_item("Virtual Network", "IP Addresses", "Standard", "", "Standard IPv4 Static Public IP", 0.005);
            json!({"Items": [ip], "NextPageLink": null, "Count": 1})
        } else if let Some(items) =
            path.starts_with("/api/retail/prices").then(|| super::price_offers_azure::items(&query)).flatten()
        {
            json!({"Items": items, "NextPageLink": null, "Count": items.len()})
        } else {
            return (404, vec![], json!({"message": "not found"}));
        };
        (200, vec![], body)
    });
    root.set(url.clone()).expect("set once");
    url
}
