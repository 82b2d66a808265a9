//! AWS compute, storage and network estimators, priced from the catalog `tollgate prices update`
//! builds from the AWS Price List bulk API: EC2 instances (Linux, shared tenancy) with their root
//! volume, EBS volumes (with provisioned IOPS), NAT gateways (and data processed, by usage), load
//! balancers and RDS instances; managed services are in `aws_services`, networking and files in
//! `aws_network`, messaging in `aws_messaging`; `estimators` registers them all by type.

use super::Component;
use super::HOURS_PER_MONTH;
use super::pricer::Pricer;

use super::pricer::{Estimate, Estimator};

pub(super) fn region(p: &Pricer<'_>) -> String {
    p.text("region").unwrap_or_else(|| p.defaults.aws_region.clone())
}

/// The resource types this file prices.
pub const ESTIMATORS: &[(&str, Estimator)] = &[
    ("aws_instance", instance),
    ("aws_ebs_volume", volume),
    ("aws_nat_gateway", nat),
    ("aws_lb", load_balancer),
    ("aws_alb", load_balancer),
    ("aws_elb", classic_load_balancer),
    ("aws_db_instance", database),
];

/// Storage and provisioned IOPS of a volume of `kind`.
pub(super) fn storage(
    p: &Pricer<'_>,
    name: &str,
    kind: &str,
    size: f64,
    iops: Option<f64>,
    region: &str,
) -> Result<Vec<Component>, String> {
    let mut components = vec![p.component(&format!("{name} ({kind})"), size, ("aws", "ebs_volume", kind, region))?];
    // gp3 includes 3,000 IOPS; io1 and io2 charge for every provisioned IOPS.
    let billed = match (kind, iops) {
        ("io1" | "io2", Some(iops)) => iops,
        ("gp3", Some(iops)) if iops > 3000.0 => iops - 3000.0,
        _ => 0.0,
    };
    if billed > 0.0 {
        components.push(p.component(
            &format!("Provisioned IOPS ({kind})"),
            billed,
            ("aws", "ebs_iops", kind, region),
        )?);
    }
    Ok(components)
}

fn instance(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let instance_type = p.text("instance_type").ok_or("`instance_type` is not known statically")?;
    if p.text("tenancy").is_some_and(|t| t != "default") {
        return Err("dedicated tenancy prices are not in the catalog".into());
    }
    let mut components = vec![p.component(
        &format!("Instance usage (Linux, on-demand, {instance_type})"),
        HOURS_PER_MONTH,
        ("aws", "ec2_instance", &instance_type, &region),
    )?];
    // The root volume's size comes from the AMI unless set; priced only when the code says it.
    if let Some(size) = p.number("root_block_device.volume_size") {
        let kind = p.text("root_block_device.volume_type").unwrap_or_else(|| "gp2".into());
        let iops = p.number("root_block_device.iops");
        components.extend(storage(p, "Root volume", &kind, size, iops, &region)?);
    }
    let devices = p.resource.values.get("ebs_block_device").and_then(|v| v.as_array());
    for device in devices.into_iter().flatten() {
        let Some(size) = device.get("volume_size").and_then(|v| v.as_f64()) else { continue };
        let kind = device.get("volume_type").and_then(|v| v.as_str()).unwrap_or("gp2");
        let name = device.get("device_name").and_then(|v| v.as_str()).unwrap_or("EBS volume");
        let iops = device.get("iops").and_then(|v| v.as_f64());
        components.extend(storage(p, &format!("Block device {name}"), kind, size, iops, &region)?);
    }
    Ok((region, components))
}

fn volume(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let kind = p.text("type").unwrap_or_else(|| "gp2".into());
    let size = p.number("size").ok_or("`size` is not set (a snapshot's size is not known offline)")?;
    Ok((region.clone(), storage(p, "Storage", &kind, size, p.number("iops"), &region)?))
}

fn nat(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let hours = p.component("NAT gateway", HOURS_PER_MONTH, ("aws", "nat_gateway", "hours", &region))?;
    let data =
        p.usage_component("Data processed", "monthly_data_processed_gb", ("aws", "nat_gateway_data", "data", &region))?;
    Ok((region, vec![hours, data]))
}

fn load_balancer(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let kind = p.text("load_balancer_type").unwrap_or_else(|| "application".into());
    let component =
        p.component(&format!("Load balancer ({kind})"), HOURS_PER_MONTH, ("aws", "load_balancer", &kind, &region))?;
    Ok((region, vec![component]))
}

fn classic_load_balancer(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let component =
        p.component("Classic load balancer", HOURS_PER_MONTH, ("aws", "load_balancer", "classic", &region))?;
    Ok((region, vec![component]))
}

fn database(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let class = p.text("instance_class").ok_or("`instance_class` is not known statically")?;
    let engine = p.text("engine").ok_or("`engine` is not known statically")?;
    let deployment = if p.value("multi_az").and_then(|v| v.as_bool()) == Some(true) { "multi-az" } else { "single-az" };
    let sku = format!("{class}/{engine}/{deployment}");
    let mut components = vec![p.component(
        &format!("Database instance ({engine}, {deployment}, {class})"),
        HOURS_PER_MONTH,
        ("aws", "rds_instance", &sku, &region),
    )?];
    if let Some(size) = p.number("allocated_storage") {
        let kind = p.text("storage_type").unwrap_or_else(|| "gp2".into());
        let sku = format!("{kind}/{deployment}");
        components.push(p.component(&format!("Storage ({kind})"), size, ("aws", "rds_storage", &sku, &region))?);
    }
    Ok((region, components))
}
