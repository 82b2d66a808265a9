//! AWS managed-service estimators: EKS clusters and node groups, ElastiCache, OpenSearch, Redshift,
//! Aurora instances, DynamoDB, KMS keys, Secrets Manager secrets, Lambda, SQS, S3, CloudWatch alarms
//! and log groups, Route 53 zones, Elastic IPs, Fargate profiles, ECR repositories and S3 directory
//! buckets, priced from the catalog `tollgate prices update`
//! builds from the AWS Price List bulk API. Usage-priced parts read the usage file (Infracost's keys)
//! and otherwise cost 0 and say so.

use super::Component;
use super::HOURS_PER_MONTH;
use super::aws::{region, storage};
use super::pricer::Pricer;
use super::pricer::{Estimate, Estimator};

/// The resource types this file prices.
pub const ESTIMATORS: &[(&str, Estimator)] = &[
    ("aws_eip", eip),
    ("aws_eks_cluster", eks_cluster),
    ("aws_eks_node_group", eks_node_group),
    ("aws_elasticache_cluster", elasticache_cluster),
    ("aws_elasticache_replication_group", replication_group),
    ("aws_opensearch_domain", opensearch),
    ("aws_elasticsearch_domain", opensearch),
    ("aws_redshift_cluster", redshift),
    ("aws_dynamodb_table", dynamodb),
    ("aws_kms_key", kms_key),
    ("aws_secretsmanager_secret", secret),
    ("aws_lambda_function", lambda),
    ("aws_sqs_queue", sqs),
    ("aws_s3_bucket", s3_bucket),
    ("aws_cloudwatch_metric_alarm", alarm),
    ("aws_cloudwatch_log_group", log_group),
    ("aws_route53_zone", route53_zone),
    ("aws_rds_cluster_instance", aurora_instance),
    ("aws_eks_fargate_profile", fargate_profile),
    ("aws_ecr_repository", ecr_repository),
    ("aws_s3_directory_bucket", directory_bucket),
];

fn kms_key(p: &Pricer<'_>) -> Estimate {
    monthly(p, "Customer managed key", "kms_key", "key")
}

fn secret(p: &Pricer<'_>) -> Estimate {
    monthly(p, "Secret", "secrets_manager", "secret")
}

fn ecr_repository(p: &Pricer<'_>) -> Estimate {
    by_usage(p, "Storage", "storage_gb", "ecr_storage")
}

fn directory_bucket(p: &Pricer<'_>) -> Estimate {
    by_usage(p, "Storage (Express One Zone)", "storage_gb", "s3_express_storage")
}

/// A whole number attribute, or `default` when it is not set.
fn count(p: &Pricer<'_>, path: &str, default: f64) -> f64 {
    p.number(path).unwrap_or(default)
}

/// Since February 2024 every public IPv4 address is charged by the hour, attached or not.
fn eip(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    if p.text("customer_owned_ipv4_pool").is_some() {
        return Ok((region, Vec::new()));
    }
    let component = p.component("Public IPv4 address", HOURS_PER_MONTH, ("aws", "public_ipv4", "address", &region))?;
    Ok((region, vec![component]))
}

fn eks_cluster(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let component = p.component("EKS cluster", HOURS_PER_MONTH, ("aws", "eks_cluster", "standard", &region))?;
    Ok((region, vec![component]))
}

/// `desired_size` instances of the first instance type (EKS's default `t3.medium`), each with a
/// `disk_size` gp2 volume (20 GB by default) unless a launch template says what the disks are.
fn eks_node_group(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    if p.text("capacity_type").is_some_and(|c| c.eq_ignore_ascii_case("spot")) {
        return Err("spot prices are not in the catalog".into());
    }
    let nodes =
        p.number("scaling_config.desired_size").ok_or("`scaling_config.desired_size` is not known statically")?;
    let instance_type = p.text("instance_types").unwrap_or_else(|| "t3.medium".into());
    let mut components = vec![p.component(
        &format!("Instances (Linux, on-demand, {instance_type}) x {nodes}"),
        HOURS_PER_MONTH * nodes,
        ("aws", "ec2_instance", &instance_type, &region),
    )?];
    if p.value("launch_template").is_none() {
        let size = count(p, "disk_size", 20.0);
        components.extend(storage(p, &format!("Node disks x {nodes}"), "gp2", size * nodes, None, &region)?);
    }
    Ok((region, components))
}

fn cache_nodes(p: &Pricer<'_>, region: &str, node_type: &str, engine: &str, nodes: f64) -> Result<Component, String> {
    let engine = engine.to_lowercase();
    p.component(
        &format!("Cache nodes ({engine}, on-demand, {node_type}) x {nodes}"),
        HOURS_PER_MONTH * nodes,
        ("aws", "elasticache_node", &format!("{node_type}/{engine}"), region),
    )
}

fn elasticache_cluster(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    // A member of a replication group is priced with its group.
    if p.text("replication_group_id").is_some() {
        return Ok((region, Vec::new()));
    }
    let node_type = p.text("node_type").ok_or("`node_type` is not known statically")?;
    let engine = p.text("engine").ok_or("`engine` is not known statically")?;
    let nodes = count(p, "num_cache_nodes", 1.0);
    Ok((region.clone(), vec![cache_nodes(p, &region, &node_type, &engine, nodes)?]))
}

/// `num_cache_clusters` nodes, or shards x (replicas + 1) in cluster mode.
fn replication_group(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let node_type = p.text("node_type").ok_or("`node_type` is not known statically")?;
    let engine = p.text("engine").unwrap_or_else(|| "redis".into());
    let nodes = match p.number("num_cache_clusters").or_else(|| p.number("number_cache_clusters")) {
        Some(nodes) => nodes,
        None => count(p, "num_node_groups", 1.0) * (count(p, "replicas_per_node_group", 0.0) + 1.0),
    };
    Ok((region.clone(), vec![cache_nodes(p, &region, &node_type, &engine, nodes)?]))
}

/// Data nodes, dedicated masters and, with EBS, each data node's volume.
fn opensearch(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let search = |t: String| t.replace(".elasticsearch", ".search");
    let instance_type = search(p.text("cluster_config.instance_type").unwrap_or_else(|| "m4.large.search".into()));
    let nodes = count(p, "cluster_config.instance_count", 1.0);
    let mut components = vec![p.component(
        &format!("Data nodes (on-demand, {instance_type}) x {nodes}"),
        HOURS_PER_MONTH * nodes,
        ("aws", "opensearch_instance", &instance_type, &region),
    )?];
    if p.value("cluster_config.dedicated_master_enabled").and_then(|v| v.as_bool()) == Some(true) {
        let master = search(p.text("cluster_config.dedicated_master_type").unwrap_or_else(|| instance_type.clone()));
        let masters = count(p, "cluster_config.dedicated_master_count", 3.0);
        components.push(p.component(
            &format!("Dedicated masters (on-demand, {master}) x {masters}"),
            HOURS_PER_MONTH * masters,
            ("aws", "opensearch_instance", &master, &region),
        )?);
    }
    if p.value("ebs_options.ebs_enabled").and_then(|v| v.as_bool()) == Some(true) {
        let size = p.number("ebs_options.volume_size").ok_or("`ebs_options.volume_size` is not known statically")?;
        let kind = p.text("ebs_options.volume_type").unwrap_or_else(|| "gp2".into());
        components.push(p.component(
            &format!("Storage ({kind}) x {nodes}"),
            size * nodes,
            ("aws", "opensearch_storage", &kind, &region),
        )?);
    }
    Ok((region, components))
}

fn redshift(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let node_type = p.text("node_type").ok_or("`node_type` is not known statically")?;
    let nodes = count(p, "number_of_nodes", 1.0);
    let component = p.component(
        &format!("Nodes (on-demand, {node_type}) x {nodes}"),
        HOURS_PER_MONTH * nodes,
        ("aws", "redshift_node", &node_type, &region),
    )?;
    Ok((region, vec![component]))
}

/// Provisioned capacity by the hour, or on-demand request units by usage; storage by usage.
fn dynamodb(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let mode = p.text("billing_mode").unwrap_or_else(|| "PROVISIONED".into());
    let mut components = Vec::new();
    if mode == "PAY_PER_REQUEST" {
        for (name, key, sku) in [
            ("Write request units", "monthly_write_request_units", "write"),
            ("Read request units", "monthly_read_request_units", "read"),
        ] {
            components.push(p.usage_component(name, key, ("aws", "dynamodb_requests", sku, &region))?);
        }
    } else {
        for (name, key, sku) in
            [("Write capacity units", "write_capacity", "write"), ("Read capacity units", "read_capacity", "read")]
        {
            let units = p.number(key).ok_or_else(|| format!("`{key}` is not known statically"))?;
            components.push(p.component(
                &format!("{name} x {units}"),
                HOURS_PER_MONTH * units,
                ("aws", "dynamodb_capacity", sku, &region),
            )?);
        }
    }
    components.push(p.usage_component(
        "Data storage",
        "storage_gb",
        ("aws", "dynamodb_storage", "standard", &region),
    )?);
    Ok((region, components))
}

/// One unit a month (a key, a secret).
fn monthly(p: &Pricer<'_>, name: &str, product: &str, sku: &str) -> Estimate {
    let region = region(p);
    Ok((region.clone(), vec![p.component(name, 1.0, ("aws", product, sku, &region))?]))
}

/// The pods a Fargate profile runs: vCPU-hours and GB-hours, by usage.
fn fargate_profile(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let vcpu = p.usage_component("Pod vCPU", "monthly_vcpu_hours", ("aws", "fargate_vcpu", "linux", &region))?;
    let memory = p.usage_component("Pod memory", "monthly_gb_hours", ("aws", "fargate_memory", "linux", &region))?;
    Ok((region, vec![vcpu, memory]))
}

/// One component priced by usage alone (storage a registry or bucket holds).
fn by_usage(p: &Pricer<'_>, name: &str, key: &str, product: &str) -> Estimate {
    let region = region(p);
    Ok((region.clone(), vec![p.usage_component(name, key, ("aws", product, "standard", &region))?]))
}

/// Requests, and their duration in GB-seconds (memory x milliseconds, each request rounded up to 1 ms).
fn lambda(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let arm = p.text("architectures").is_some_and(|a| a == "arm64");
    let architecture = if arm { "arm64" } else { "x86_64" };
    let memory_gb = count(p, "memory_size", 128.0) / 1024.0;
    let requests =
        p.usage_component("Requests", "monthly_requests", ("aws", "lambda_requests", "requests", &region))?;
    let usage = |key| p.usage.get(&p.resource.address, &p.resource.resource_type, key);
    let gb_seconds = match (usage("monthly_requests"), usage("request_duration_ms")) {
        (Some(requests), Some(ms)) => Some(requests * memory_gb * ms.ceil() / 1000.0),
        _ => None,
    };
    let duration = p.derived_usage_component(
        &format!("Duration ({architecture})"),
        gb_seconds,
        ("aws", "lambda_duration", architecture, &region),
    )?;
    Ok((region, vec![requests, duration]))
}

fn sqs(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let fifo = p.value("fifo_queue").and_then(|v| v.as_bool()) == Some(true);
    let kind = if fifo { "fifo" } else { "standard" };
    let component =
        p.usage_component(&format!("Requests ({kind})"), "monthly_requests", ("aws", "sqs_requests", kind, &region))?;
    Ok((region, vec![component]))
}

/// S3 Standard storage and requests, all by usage (Infracost's `standard.*` keys).
fn s3_bucket(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let parts = [
        ("Storage (Standard)", "standard.storage_gb", "s3_storage", "standard"),
        ("PUT, COPY, POST, LIST requests", "standard.monthly_tier_1_requests", "s3_requests", "tier1"),
        ("GET, SELECT and other requests", "standard.monthly_tier_2_requests", "s3_requests", "tier2"),
    ];
    let components = parts
        .into_iter()
        .map(|(name, key, product, sku)| p.usage_component(name, key, ("aws", product, sku, &region)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((region, components))
}

/// One alarm metric a month (each metric of a metric-math alarm counts); high resolution under 60 s.
fn alarm(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let queries = p.resource.values.get("metric_query").and_then(|v| v.as_array());
    let metrics = queries.map_or(0, |q| q.iter().filter(|m| m.get("metric").is_some_and(|v| !v.is_null())).count());
    let metrics = metrics.max(1) as f64;
    let high = p.number("period").is_some_and(|period| period < 60.0);
    let (kind, sku) = if high { ("high resolution", "high_resolution") } else { ("standard", "standard") };
    let component = p.component(
        &format!("Alarm metrics ({kind}) x {metrics}"),
        metrics,
        ("aws", "cloudwatch_alarm", sku, &region),
    )?;
    Ok((region, vec![component]))
}

fn log_group(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let ingested = p.usage_component(
        "Data ingested",
        "monthly_data_ingested_gb",
        ("aws", "cloudwatch_logs", "ingestion", &region),
    )?;
    let stored =
        p.usage_component("Archival storage", "storage_gb", ("aws", "cloudwatch_logs_storage", "standard", &region))?;
    Ok((region, vec![ingested, stored]))
}

/// Route 53 is global: one hosted zone a month (the first 25 zones' price).
fn route53_zone(p: &Pricer<'_>) -> Estimate {
    let region = "global".to_owned();
    let component = p.component("Hosted zone", 1.0, ("aws", "route53_zone", "hosted_zone", &region))?;
    Ok((region, vec![component]))
}

/// An Aurora cluster's instance (its storage is the cluster's, by usage of the data it holds).
fn aurora_instance(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let class = p.text("instance_class").ok_or("`instance_class` is not known statically")?;
    let engine = match p.text("engine").as_deref() {
        None | Some("aurora") => "aurora-mysql".to_owned(),
        Some(engine) => engine.to_owned(),
    };
    let component = p.component(
        &format!("Database instance ({engine}, {class})"),
        HOURS_PER_MONTH,
        ("aws", "rds_instance", &format!("{class}/{engine}/single-az"), &region),
    )?;
    Ok((region, vec![component]))
}
