//! Reading pages of the Azure Retail Prices API (`api/retail/prices`: `Items`, `NextPageLink`) into
//! catalog products: pay-as-you-go virtual machines (Linux and Windows) and public IP addresses.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::catalog::Product;

/// The API queries (`$filter`) for one region.
pub fn filters(region: &str) -> [String; 2] {
    [
        format!("serviceName eq 'Virtual Machines' and priceType eq 'Consumption' and armRegionName eq '{region}'"),
        format!("serviceName eq 'Virtual Network' and productName eq 'IP Addresses' and armRegionName eq '{region}'"),
    ]
}

#[derive(Deserialize)]
pub struct Page {
    #[serde(rename = "Items", default)]
    items: Vec<Item>,
    #[serde(rename = "NextPageLink", default)]
    pub next_page_link: Option<String>,
}

#[derive(Deserialize)]
struct Item {
    #[serde(rename = "retailPrice")]
    retail_price: f64,
    #[serde(rename = "armRegionName", default)]
    region: String,
    #[serde(rename = "armSkuName", default)]
    arm_sku: String,
    #[serde(rename = "skuName", default)]
    sku_name: String,
    #[serde(rename = "meterName", default)]
    meter: String,
    #[serde(rename = "productName", default)]
    product: String,
    #[serde(rename = "serviceName", default)]
    service: String,
    #[serde(rename = "unitOfMeasure", default)]
    unit: String,
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(rename = "tierMinimumUnits", default)]
    tier: f64,
}

fn classify(item: &Item) -> Option<(&'static str, String)> {
    if item.kind != "Consumption" || item.unit != "1 Hour" || item.tier > 0.0 || item.region.is_empty() {
        return None;
    }
    match item.service.as_str() {
        "Virtual Machines" => {
            let discounted =
                ["Spot", "Low Priority"].iter().any(|w| item.sku_name.contains(w) || item.meter.contains(w));
            if discounted || item.arm_sku.is_empty() {
                return None;
            }
            let product = if item.product.ends_with("Windows") { "vm_windows" } else { "vm_linux" };
            Some((product, item.arm_sku.clone()))
        }
        "Virtual Network" if item.product == "IP Addresses" => {
            let sku = match item.meter.as_str() {
                "Standard IPv4 Static Public IP" => "Standard/Static",
                "Basic IPv4 Static Public IP" => "Basic/Static",
                "Basic IPv4 Dynamic Public IP" => "Basic/Dynamic",
                _ => return None,
            };
            Some(("public_ip", sku.to_owned()))
        }
        _ => None,
    }
}

/// Adds a page's prices to `products`; the number of prices kept.
pub fn read_page(page: &Page, products: &mut BTreeMap<String, Product>) -> usize {
    let mut kept = 0;
    for item in &page.items {
        let Some((product, sku)) = classify(item) else { continue };
        let entry = products
            .entry(product.to_owned())
            .or_insert_with(|| Product { unit: "hour".into(), skus: BTreeMap::new() });
        let slot = entry.skus.entry(sku).or_default().entry(item.region.clone()).or_insert(item.retail_price);
        *slot = slot.min(item.retail_price);
        kept += 1;
    }
    kept
}
