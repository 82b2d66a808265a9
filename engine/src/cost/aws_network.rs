//! AWS network and file-storage estimators: VPC interface and Gateway Load Balancer endpoints (one
//! network interface an hour in each subnet, data processed by usage), VPC flow logs (vended logs by
//! destination, by usage) and EFS file systems (storage by usage, provisioned throughput by the hour).

use super::HOURS_PER_MONTH;
use super::aws::region;
use super::pricer::Pricer;
use super::pricer::{Estimate, Estimator};

/// The resource types this file prices.
pub const ESTIMATORS: &[(&str, Estimator)] =
    &[("aws_vpc_endpoint", vpc_endpoint), ("aws_flow_log", flow_log), ("aws_efs_file_system", efs)];

/// Gateway endpoints (S3, DynamoDB) cost nothing; interface and Gateway Load Balancer endpoints are
/// billed per subnet (an ENI in each Availability Zone) by the hour, plus data processed.
fn vpc_endpoint(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let kind = p.text("vpc_endpoint_type").unwrap_or_else(|| "Gateway".into());
    let sku = match kind.as_str() {
        "Gateway" => return Ok((region, Vec::new())),
        "Interface" => "interface",
        "GatewayLoadBalancer" => "gateway_load_balancer",
        other => return Err(format!("endpoint type `{other}` is not priced")),
    };
    let subnets = match p.resource.values.get("subnet_ids") {
        Some(serde_json::Value::Array(ids)) => ids.len().max(1) as f64,
        None | Some(serde_json::Value::Null) => 1.0,
        Some(_) => return Err("`subnet_ids` is not known statically".into()),
    };
    let hours = p.component(
        &format!("Endpoint ({kind}) x {subnets} subnets"),
        HOURS_PER_MONTH * subnets,
        ("aws", "vpc_endpoint", sku, &region),
    )?;
    let data =
        p.usage_component("Data processed", "monthly_data_processed_gb", ("aws", "vpc_endpoint_data", sku, &region))?;
    Ok((region, vec![hours, data]))
}

/// Flow log records are vended logs, priced by the GB delivered to their destination.
fn flow_log(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let destination = p.text("log_destination_type").unwrap_or_else(|| "cloud-watch-logs".into());
    let component = p.usage_component(
        &format!("Logs delivered ({destination})"),
        "monthly_data_ingested_gb",
        ("aws", "vended_logs", &destination, &region),
    )?;
    Ok((region, vec![component]))
}

/// Standard or One Zone storage by usage; provisioned throughput (MB/s) by the month when set.
fn efs(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let class = if p.text("availability_zone_name").is_some() { "one_zone" } else { "standard" };
    let mut components = vec![p.usage_component(
        &format!("Storage ({})", class.replace('_', " ")),
        "storage_gb",
        ("aws", "efs_storage", class, &region),
    )?];
    if p.text("throughput_mode").as_deref() == Some("provisioned") {
        let mbps = p
            .number("provisioned_throughput_in_mibps")
            .ok_or("`provisioned_throughput_in_mibps` is not known statically")?;
        components.push(p.component(
            &format!("Provisioned throughput x {mbps} MB/s"),
            mbps,
            ("aws", "efs_throughput", "provisioned", &region),
        )?);
    }
    Ok((region, components))
}
