//! Hand-written Azure Retail Prices API items (eastus) for managed disks, AKS, load balancers and App
//! Service plans, in the API's format, with an item of each query that tollgate must not keep.

use serde_json::Value;

use crate::price_offers::azure_item;

fn per(unit: &str, mut item: Value) -> Value {
    item["unitOfMeasure"] = unit.into();
    item
}

/// The items a Retail Prices query (`$filter`, decoded) returns, if written here.
pub fn items(query: &str) -> Option<Vec<Value>> {
    let disk = |product: &str, sku: &str, meter: &str, price| {
        per("1/Month", azure_item("Storage", product, sku, "", meter, price))
    };
    Some(if query.contains("Managed Disks") {
        vec![
            disk("Premium SSD Managed Disks", "P10 LRS", "P10 LRS Disk", 19.71),
            disk("Standard SSD Managed Disks", "E10 LRS", "E10 LRS Disk", 9.6),
            // Per 10,000 operations, not per disk: not kept.
            per(
                "10K",
                azure_item("Storage", "Standard SSD Managed Disks", "E10 LRS", "", "E10 LRS Disk Operations", 0.002),
            ),
        ]
    } else if query.contains("Azure Kubernetes Service") {
        vec![
            azure_item(
                "Azure Kubernetes Service",
                "Azure Kubernetes Service",
                "Standard",
                "",
                "Standard Uptime SLA",
                0.1,
            ),
            azure_item(
                "Azure Kubernetes Service",
                "Azure Kubernetes Service",
                "Premium",
                "",
                "Premium Long Term Support",
                0.6,
            ),
        ]
    } else if query.contains("Load Balancer") {
        vec![
            azure_item(
                "Load Balancer",
                "Load Balancer",
                "Standard",
                "",
                "Standard Included LB Rules and Outbound Rules",
                0.025,
            ),
            azure_item(
                "Load Balancer",
                "Load Balancer",
                "Standard",
                "",
                "Standard Overage LB Rules and Outbound Rules",
                0.01,
            ),
            per("1 GB", azure_item("Load Balancer", "Load Balancer", "Standard", "", "Standard Data Processed", 0.005)),
        ]
    } else if query.contains("Azure App Service") {
        let plan = |product: &str, sku: &str, meter: &str, price| {
            azure_item("Azure App Service", product, sku, "", meter, price)
        };
        vec![
            plan("Azure App Service Premium v3 Plan - Linux", "P1 v3", "P1 v3 App", 0.169),
            plan("Azure App Service Basic Plan", "B1", "B1 App", 0.075),
            plan("Azure App Service Free Plan", "F1", "F1 App", 0.0),
        ]
    } else {
        return None;
    })
}
