//! Google Cloud estimators: compute instances (with their boot disk), persistent disks, static IPs,
//! Cloud NAT gateways (and data processed, by usage) and Cloud Storage buckets (by usage).

use super::Component;
use super::HOURS_PER_MONTH;
use super::estimate::Pricer;

type Estimate = Result<(String, Vec<Component>), String>;

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

pub fn estimate(p: &Pricer<'_>) -> Option<Estimate> {
    Some(match p.resource.resource_type.as_str() {
        "google_compute_instance" => instance(p),
        "google_compute_disk" => disk(p),
        "google_compute_address" | "google_compute_global_address" => address(p),
        "google_compute_router_nat" => nat(p),
        "google_storage_bucket" => bucket(p),
        _ => return None,
    })
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
