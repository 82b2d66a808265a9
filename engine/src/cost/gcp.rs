//! Google Cloud estimators: compute instances (with their boot disk), GKE node pools (nodes and their
//! disks), persistent disks, static IPs, Cloud NAT gateways (and data processed, by usage), VPN
//! tunnels and Cloud Storage buckets (by usage).

use super::HOURS_PER_MONTH;
use super::pricer::Pricer;

use super::pricer::{Estimate, Estimator};

/// The region of a zone (`us-central1-a`) or region attribute, else the default.
fn region(p: &Pricer<'_>) -> String {
    if let Some(region) = p.text("region") {
        return region;
    }
    match p.text("zone") {
        Some(zone) => zone.rsplit_once('-').map_or(zone.clone(), |(region, _)| region.to_owned()),
        None => p.defaults.gcp_region.clone(),
    }
}

/// The catalog's disk SKU for a Terraform disk type.
fn disk_sku(disk_type: &str) -> Result<&'static str, String> {
    Ok(match disk_type {
        "pd-standard" => "hdd",
        "pd-balanced" => "balanced",
        "pd-ssd" => "ssd",
        "pd-extreme" => "extreme",
        "hyperdisk-extreme" => "hyperdisk-extreme",
        other => return Err(format!("unknown disk type `{other}`")),
    })
}

/// The resource types this file prices.
pub const ESTIMATORS: &[(&str, Estimator)] = &[
    ("google_compute_instance", instance),
    ("google_compute_disk", disk),
    ("google_compute_address", address),
    ("google_compute_global_address", address),
    ("google_compute_router_nat", nat),
    ("google_storage_bucket", bucket),
    ("google_compute_vpn_tunnel", vpn_tunnel),
    ("google_container_node_pool", node_pool),
    ("google_container_cluster", cluster_fee),
];

fn cluster_fee(_: &Pricer<'_>) -> Estimate {
    Err("the GKE cluster fee is not in the shipped catalog (node pools are priced)".into())
}

fn instance(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let machine = p.text("machine_type").ok_or("`machine_type` is not known statically")?;
    let spot = p.value("scheduling.preemptible").and_then(|v| v.as_bool()) == Some(true)
        || p.text("scheduling.provisioning_model").as_deref() == Some("SPOT");
    if spot {
        return Err("spot and preemptible prices are not in the catalog".into());
    }
    let mut components = vec![p.component(
        &format!("Instance usage (on-demand, {machine})"),
        HOURS_PER_MONTH,
        ("gcp", "compute_instance", &machine, &region),
    )?];
    let size = p.number("boot_disk.initialize_params.size").unwrap_or(10.0);
    let disk_type = p.text("boot_disk.initialize_params.type").unwrap_or_else(|| "pd-standard".into());
    components.push(p.component(
        &format!("Boot disk ({disk_type})"),
        size,
        ("gcp", "persistent_disk", disk_sku(&disk_type)?, &region),
    )?);
    Ok((region, components))
}

fn disk(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let disk_type = p.text("type").unwrap_or_else(|| "pd-standard".into());
    let size = p.number("size").ok_or("`size` is not set (the image's size is not known offline)")?;
    let component = p.component(
        &format!("Storage ({disk_type})"),
        size,
        ("gcp", "persistent_disk", disk_sku(&disk_type)?, &region),
    )?;
    Ok((region, vec![component]))
}

fn address(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    if p.text("address_type").as_deref() == Some("INTERNAL") {
        return Ok((region, Vec::new()));
    }
    // Priced as attached to a VM; an unused reserved address costs more.
    let component = p.component("Static IP (in use)", HOURS_PER_MONTH, ("gcp", "static_ip", "vm", &region))?;
    Ok((region, vec![component]))
}

fn nat(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let gateway = p.component("NAT gateway", HOURS_PER_MONTH, ("gcp", "cloud_nat_gateway", "gateway", &region))?;
    let data =
        p.usage_component("Data processed", "monthly_data_processed_gb", ("gcp", "cloud_nat_data", "data", &region))?;
    Ok((region, vec![gateway, data]))
}

fn bucket(p: &Pricer<'_>) -> Estimate {
    let location = p.text("location").ok_or("`location` is not known statically")?.to_lowercase();
    let class = p.text("storage_class").unwrap_or_else(|| "STANDARD".into()).to_lowercase();
    let class = match class.as_str() {
        "standard" | "multi_regional" | "regional" => "standard",
        "nearline" => "nearline",
        "coldline" => "coldline",
        "archive" => "archiv",
        other => return Err(format!("unknown storage class `{other}`")),
    };
    let (sku, region) = match location.as_str() {
        "us" | "eu" | "asia" => {
            let area = if location == "eu" { "europe".to_owned() } else { location.clone() };
            (format!("{class}-multi"), format!("{area}-multi"))
        }
        "nam4" | "eur4" | "asia1" => (format!("{class}-dual"), location.clone()),
        _ => (class.to_owned(), location.clone()),
    };
    let storage =
        p.usage_component(&format!("Storage ({class})"), "storage_gb", ("gcp", "storage_bucket", &sku, &region))?;
    Ok((location, vec![storage]))
}

fn vpn_tunnel(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let component = p.component("VPN tunnel", HOURS_PER_MONTH, ("gcp", "vpn_tunnel", "tunnel", &region))?;
    Ok((region, vec![component]))
}

/// A pool's region and how many zones it has nodes in: a zonal `location` (`us-central1-a`) is one
/// zone, a regional one has nodes in each of `node_locations`, else in three zones.
fn pool_zones(p: &Pricer<'_>) -> (String, f64) {
    let Some(location) = p.text("location") else { return (p.defaults.gcp_region.clone(), 1.0) };
    match location.rsplit_once('-') {
        Some((region, zone)) if zone.len() == 1 => (region.to_owned(), 1.0),
        _ => {
            let listed = p.resource.values.get("node_locations").and_then(|v| v.as_array()).map(Vec::len);
            (location, listed.filter(|n| *n > 0).map_or(3.0, |n| n as f64))
        }
    }
}

/// `node_count` nodes per zone (else the autoscaler's minimum) of `node_config`'s machine type (GKE's
/// default `e2-medium`), each with its boot disk (100 GB `pd-balanced` unless set).
fn node_pool(p: &Pricer<'_>) -> Estimate {
    let (region, zones) = pool_zones(p);
    if p.value("node_config.spot").and_then(|v| v.as_bool()) == Some(true)
        || p.value("node_config.preemptible").and_then(|v| v.as_bool()) == Some(true)
    {
        return Err("spot and preemptible prices are not in the catalog".into());
    }
    let nodes =
        match ["node_count", "initial_node_count", "autoscaling.min_node_count"].iter().find_map(|k| p.number(k)) {
            Some(per_zone) => per_zone * zones,
            None => p.number("autoscaling.total_min_node_count").ok_or("`node_count` is not known statically")?,
        };
    let machine = p.text("node_config.machine_type").unwrap_or_else(|| "e2-medium".into());
    let size = p.number("node_config.disk_size_gb").unwrap_or(100.0);
    let disk_type = p.text("node_config.disk_type").unwrap_or_else(|| "pd-balanced".into());
    let components = vec![
        p.component(
            &format!("Nodes (on-demand, {machine}) x {nodes}"),
            HOURS_PER_MONTH * nodes,
            ("gcp", "compute_instance", &machine, &region),
        )?,
        p.component(
            &format!("Node disks ({disk_type}) x {nodes}"),
            size * nodes,
            ("gcp", "persistent_disk", disk_sku(&disk_type)?, &region),
        )?,
    ];
    Ok((region, components))
}
