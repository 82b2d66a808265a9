//! AWS messaging and streaming estimators: SNS topics (API requests by usage), Kinesis data streams
//! (provisioned shards, or an on-demand stream with its data by usage) and Amazon MQ brokers
//! (instances by deployment, storage by usage).

use super::HOURS_PER_MONTH;
use super::aws::region;
use super::pricer::Pricer;
use super::pricer::{Estimate, Estimator};

/// The resource types this file prices.
pub const ESTIMATORS: &[(&str, Estimator)] =
    &[("aws_sns_topic", sns_topic), ("aws_kinesis_stream", kinesis_stream), ("aws_mq_broker", mq_broker)];

fn sns_topic(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let fifo = p.value("fifo_topic").and_then(|v| v.as_bool()) == Some(true);
    let kind = if fifo { "fifo" } else { "standard" };
    let component = p.usage_component(
        &format!("API requests ({kind})"),
        "monthly_requests",
        ("aws", "sns_requests", kind, &region),
    )?;
    Ok((region, vec![component]))
}

fn kinesis_stream(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    if p.text("stream_mode_details.stream_mode").as_deref() == Some("ON_DEMAND") {
        let stream =
            p.component("Stream (on-demand)", HOURS_PER_MONTH, ("aws", "kinesis_stream", "on_demand", &region))?;
        let data = p.usage_component(
            "Data ingested",
            "monthly_on_demand_data_in_gb",
            ("aws", "kinesis_data", "on_demand_ingested", &region),
        )?;
        return Ok((region, vec![stream, data]));
    }
    let shards = p.number("shard_count").ok_or("`shard_count` is not known statically")?;
    let component = p.component(
        &format!("Shards (provisioned) x {shards}"),
        HOURS_PER_MONTH * shards,
        ("aws", "kinesis_shard", "provisioned", &region),
    )?;
    Ok((region, vec![component]))
}

/// A single broker, an active/standby pair or a RabbitMQ cluster of three: the catalog prices each
/// deployment by the hour. ActiveMQ stores on EFS unless `storage_type` says EBS; RabbitMQ on EBS.
fn mq_broker(p: &Pricer<'_>) -> Estimate {
    let region = region(p);
    let instance = p.text("host_instance_type").ok_or("`host_instance_type` is not known statically")?;
    let engine = p.text("engine_type").ok_or("`engine_type` is not known statically")?.to_lowercase();
    let deployment = match p.text("deployment_mode").as_deref() {
        None | Some("SINGLE_INSTANCE") => "single",
        Some("ACTIVE_STANDBY_MULTI_AZ" | "CLUSTER_MULTI_AZ") => "multi-az",
        Some(other) => return Err(format!("deployment mode `{other}` is not priced")),
    };
    let broker = p.component(
        &format!("Broker ({engine}, {deployment}, {instance})"),
        HOURS_PER_MONTH,
        ("aws", "mq_broker", &format!("{instance}/{engine}/{deployment}"), &region),
    )?;
    let efs = engine == "activemq" && p.text("storage_type").is_none_or(|s| s.eq_ignore_ascii_case("efs"));
    let storage = if efs { "efs" } else { "ebs" };
    let stored =
        p.usage_component(&format!("Storage ({storage})"), "storage_size_gb", ("aws", "mq_storage", storage, &region))?;
    Ok((region, vec![broker, stored]))
}
