//! Azure estimators, priced from the catalog `tollgate prices update` builds from the Azure Retail
//! Prices API: Linux and Windows virtual machines (pay-as-you-go) with their OS disk, public IP
//! addresses, managed disks, AKS clusters and node pools, Standard load balancers (data processed by
//! usage) and App Service plans.

use super::HOURS_PER_MONTH;
use super::pricer::Pricer;

use super::pricer::{Estimate, Estimator};

/// Locations as the price API names them (`West Europe` -> `westeurope`).
fn location(p: &Pricer<'_>) -> String {
    p.text("location").map_or_else(|| p.defaults.azure_location.clone(), |l| l.to_lowercase().replace(' ', ""))
}

/// The resource types this file prices.
pub const ESTIMATORS: &[(&str, Estimator)] = &[
    ("azurerm_linux_virtual_machine", linux_vm),
    ("azurerm_windows_virtual_machine", windows_vm),
    ("azurerm_public_ip", public_ip),
    ("azurerm_managed_disk", managed_disk),
    ("azurerm_kubernetes_cluster", kubernetes_cluster),
    ("azurerm_kubernetes_cluster_node_pool", node_pool),
    ("azurerm_lb", load_balancer),
    ("azurerm_service_plan", service_plan),
];

fn linux_vm(p: &Pricer<'_>) -> Estimate {
    vm(p, "vm_linux")
}

fn windows_vm(p: &Pricer<'_>) -> Estimate {
    vm(p, "vm_windows")
}

fn vm(p: &Pricer<'_>, product: &str) -> Estimate {
    let location = location(p);
    let size = p.text("size").ok_or("`size` is not known statically")?;
    let os = if product == "vm_linux" { "Linux" } else { "Windows" };
    let component =
        p.component(&format!("Virtual machine ({os}, {size})"), HOURS_PER_MONTH, ("azure", product, &size, &location))?;
    let mut components = vec![component];
    // The OS disk's size comes from the image unless set; priced only when the code says it.
    if let Some(size) = p.number("os_disk.disk_size_gb") {
        let kind =
            p.text("os_disk.storage_account_type").ok_or("`os_disk.storage_account_type` is not known statically")?;
        components.push(disk(p, "OS disk", &kind, size, &location)?);
    }
    Ok((location, components))
}

/// Managed disk tiers and their sizes in GB: a disk is billed as the smallest tier that holds it.
const DISK_TIERS: [(&str, &[(&str, f64)]); 3] = [
    (
        "Standard",
        &[
            ("S4", 32.0),
            ("S6", 64.0),
            ("S10", 128.0),
            ("S15", 256.0),
            ("S20", 512.0),
            ("S30", 1024.0),
            ("S40", 2048.0),
            ("S50", 4096.0),
            ("S60", 8192.0),
            ("S70", 16384.0),
            ("S80", 32767.0),
        ],
    ),
    (
        "StandardSSD",
        &[
            ("E1", 4.0),
            ("E2", 8.0),
            ("E3", 16.0),
            ("E4", 32.0),
            ("E6", 64.0),
            ("E10", 128.0),
            ("E15", 256.0),
            ("E20", 512.0),
            ("E30", 1024.0),
            ("E40", 2048.0),
            ("E50", 4096.0),
            ("E60", 8192.0),
            ("E70", 16384.0),
            ("E80", 32767.0),
        ],
    ),
    (
        "Premium",
        &[
            ("P1", 4.0),
            ("P2", 8.0),
            ("P3", 16.0),
            ("P4", 32.0),
            ("P6", 64.0),
            ("P10", 128.0),
            ("P15", 256.0),
            ("P20", 512.0),
            ("P30", 1024.0),
            ("P40", 2048.0),
            ("P50", 4096.0),
            ("P60", 8192.0),
            ("P70", 16384.0),
            ("P80", 32767.0),
        ],
    ),
];

/// One disk of `storage_account_type` (`Premium_LRS`, `StandardSSD_ZRS`, ...) and `size` GB.
fn disk(p: &Pricer<'_>, name: &str, kind: &str, size: f64, location: &str) -> Result<super::Component, String> {
    let (family, redundancy) = kind.split_once('_').ok_or_else(|| format!("unknown disk type `{kind}`"))?;
    let tiers =
        DISK_TIERS.iter().find(|(f, _)| *f == family).ok_or_else(|| format!("no tier prices for `{kind}` disks"))?.1;
    let (tier, _) = tiers
        .iter()
        .find(|(_, gb)| *gb >= size)
        .ok_or_else(|| format!("{size} GB is over the largest `{kind}` disk"))?;
    p.component(
        &format!("{name} ({tier} {redundancy})"),
        1.0,
        ("azure", "managed_disk", &format!("{tier}/{redundancy}"), location),
    )
}

fn managed_disk(p: &Pricer<'_>) -> Estimate {
    let location = location(p);
    let kind = p.text("storage_account_type").ok_or("`storage_account_type` is not known statically")?;
    let size = p.number("disk_size_gb").ok_or("`disk_size_gb` is not known statically")?;
    Ok((location.clone(), vec![disk(p, "Disk", &kind, size, &location)?]))
}

/// `count` Linux nodes of `vm_size`.
fn nodes(p: &Pricer<'_>, prefix: &str, location: &str) -> Result<super::Component, String> {
    let size =
        p.text(&format!("{prefix}vm_size")).ok_or_else(|| format!("`{prefix}vm_size` is not known statically"))?;
    let count = p.number(&format!("{prefix}node_count")).unwrap_or(1.0);
    p.component(
        &format!("Nodes (Linux, {size}) x {count}"),
        HOURS_PER_MONTH * count,
        ("azure", "vm_linux", &size, location),
    )
}

/// The Standard tier's uptime SLA (the Free tier costs nothing) and the default node pool.
fn kubernetes_cluster(p: &Pricer<'_>) -> Estimate {
    let location = location(p);
    let mut components = Vec::new();
    let tier = p.text("sku_tier").unwrap_or_else(|| "Free".into());
    if matches!(tier.as_str(), "Standard" | "Paid" | "Premium") {
        components.push(p.component(
            "Uptime SLA (Standard tier)",
            HOURS_PER_MONTH,
            ("azure", "aks_cluster", "standard", &location),
        )?);
    }
    components.push(nodes(p, "default_node_pool.", &location)?);
    Ok((location, components))
}

/// A node pool has no location of its own: its cluster's, else the default.
fn node_pool(p: &Pricer<'_>) -> Estimate {
    let location = location(p);
    Ok((location.clone(), vec![nodes(p, "", &location)?]))
}

/// A Standard load balancer: its first five rules by the hour, data processed by usage. Basic ones
/// cost nothing.
fn load_balancer(p: &Pricer<'_>) -> Estimate {
    let location = location(p);
    if p.text("sku").unwrap_or_else(|| "Basic".into()) != "Standard" {
        return Ok((location, Vec::new()));
    }
    let rules = p.component(
        "Load balancer rules (first 5)",
        HOURS_PER_MONTH,
        ("azure", "load_balancer", "standard", &location),
    )?;
    let data = p.usage_component(
        "Data processed",
        "monthly_data_processed_gb",
        ("azure", "load_balancer_data", "standard", &location),
    )?;
    Ok((location, vec![rules, data]))
}

/// `worker_count` instances of `sku_name` on `os_type`.
fn service_plan(p: &Pricer<'_>) -> Estimate {
    let location = location(p);
    let sku = p.text("sku_name").ok_or("`sku_name` is not known statically")?;
    let os = p.text("os_type").ok_or("`os_type` is not known statically")?.to_lowercase();
    let workers = p.number("worker_count").unwrap_or(1.0);
    let component = p.component(
        &format!("Instances ({os}, {sku}) x {workers}"),
        HOURS_PER_MONTH * workers,
        ("azure", "app_service_plan", &format!("{os}/{sku}"), &location),
    )?;
    Ok((location, vec![component]))
}

fn public_ip(p: &Pricer<'_>) -> Estimate {
    let location = location(p);
    let sku = p.text("sku").unwrap_or_else(|| "Standard".into());
    let allocation = p.text("allocation_method").unwrap_or_else(|| "Static".into());
    let sku_key = format!("{sku}/{allocation}");
    let component = p.component(
        &format!("Public IP ({sku}, {allocation})"),
        HOURS_PER_MONTH,
        ("azure", "public_ip", &sku_key, &location),
    )?;
    Ok((location, vec![component]))
}
