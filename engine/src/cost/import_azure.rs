//! Reading pages of the Azure Retail Prices API (`api/retail/prices`: `Items`, `NextPageLink`) into
//! catalog products: pay-as-you-go virtual machines (Linux and Windows), public IP addresses, managed
//! disks, AKS's Standard tier, Standard load balancers and App Service plans.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::catalog::Product;

/// The API queries (`$filter`) for one region.
pub fn filters(region: &str) -> [String; 6] {
    let consumption = format!("priceType eq 'Consumption' and armRegionName eq '{region}'");
    [
        format!("serviceName eq 'Virtual Machines' and {consumption}"),
        format!("serviceName eq 'Virtual Network' and productName eq 'IP Addresses' and armRegionName eq '{region}'"),
        format!("serviceName eq 'Storage' and endswith(productName, 'Managed Disks') and {consumption}"),
        format!("serviceName eq 'Azure Kubernetes Service' and {consumption}"),
        format!("serviceName eq 'Load Balancer' and {consumption}"),
        format!("serviceName eq 'Azure App Service' and {consumption}"),
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

/// The catalog product and SKU key an item prices, if tollgate uses it.
fn classify(item: &Item) -> Option<(&'static str, String)> {
    if item.kind != "Consumption" || item.tier > 0.0 || item.region.is_empty() {
        return None;
    }
    // Each product takes items of one unit only: its prices are all per that unit.
    match item.unit.as_str() {
        "1 Hour" => hourly(item),
        "1/Month" => monthly(item),
        "1 GB" => per_gb(item),
        _ => None,
    }
}

fn hourly(item: &Item) -> Option<(&'static str, String)> {
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
        "Azure Kubernetes Service" if item.sku_name == "Standard" && item.meter.contains("Uptime SLA") => {
            Some(("aks_cluster", "standard".into()))
        }
        "Load Balancer" if item.sku_name == "Standard" && item.meter.contains("Included LB Rules") => {
            Some(("load_balancer", "standard".into()))
        }
        // `Azure App Service Premium v3 Plan - Linux`, sku `P1 v3`: keyed `linux/P1v3` as Terraform writes it.
        "Azure App Service" if item.product.ends_with(" Plan") || item.product.ends_with(" Plan - Linux") => {
            let os = if item.product.ends_with("Linux") { "linux" } else { "windows" };
            Some(("app_service_plan", format!("{os}/{}", item.sku_name.replace(' ', ""))))
        }
        _ => None,
    }
}

/// Managed disks by tier and redundancy (`P10 LRS` priced per disk a month).
fn monthly(item: &Item) -> Option<(&'static str, String)> {
    if item.service != "Storage" || !item.product.ends_with("Managed Disks") {
        return None;
    }
    let (tier, redundancy) = item.sku_name.split_once(' ')?;
    let disk = [
        format!("{tier} {redundancy} Disk"),
        format!("{tier} Disk"),
        format!("{tier} {redundancy} Disks"),
        format!("{tier} Disks"),
    ];
    disk.contains(&item.meter).then(|| ("managed_disk", format!("{tier}/{redundancy}")))
}

fn per_gb(item: &Item) -> Option<(&'static str, String)> {
    (item.service == "Load Balancer" && item.sku_name == "Standard" && item.meter.ends_with("Data Processed"))
        .then(|| ("load_balancer_data", "standard".into()))
}

fn unit(product: &str) -> &'static str {
    match product {
        "managed_disk" => "month",
        "load_balancer_data" => "GB",
        _ => "hour",
    }
}

/// Adds a page's prices to `products`; the number of prices kept.
pub fn read_page(page: &Page, products: &mut BTreeMap<String, Product>) -> usize {
    let mut kept = 0;
    for item in &page.items {
        let Some((product, sku)) = classify(item) else { continue };
        let entry = products.entry(product.to_owned()).or_insert_with(|| Product {
            unit: unit(product).into(),
            source: None,
            date: None,
            skus: BTreeMap::new(),
        });
        let slot = entry.skus.entry(sku).or_default().entry(item.region.clone()).or_insert(item.retail_price);
        *slot = slot.min(item.retail_price);
        kept += 1;
    }
    kept
}
