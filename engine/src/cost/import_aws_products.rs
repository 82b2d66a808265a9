//! Which AWS Price List products tollgate keeps, and the catalog product and SKU key each prices:
//! a product is named by its `productFamily` and attributes (`usagetype`, `instanceType`, `group`, ...)
//! as the bulk API's offer files write them.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The offers `prices update` reads, per region.
pub const OFFERS: [&str; 14] = [
    "AmazonEC2",
    "AWSELB",
    "AmazonRDS",
    "AmazonEKS",
    "AmazonElastiCache",
    "AmazonES",
    "AmazonRedshift",
    "AmazonDynamoDB",
    "awskms",
    "AWSSecretsManager",
    "AWSLambda",
    "AWSQueueService",
    "AmazonS3",
    "AmazonCloudWatch",
];

/// Offers priced the same everywhere, read once (`offers/v1.0/aws/<offer>/current/index.json`); their
/// prices are kept under the region `global`.
pub const GLOBAL_OFFERS: [&str; 1] = ["AmazonRoute53"];

#[derive(Deserialize)]
pub struct RawProduct {
    #[serde(rename = "productFamily", default)]
    family: String,
    #[serde(default)]
    attributes: BTreeMap<String, String>,
}

/// The catalog product, SKU key and region a price-list product prices, if tollgate uses it.
pub fn classify(product: &RawProduct) -> Option<(&'static str, String, String)> {
    let a = |name: &str| product.attributes.get(name).map(String::as_str).unwrap_or("");
    let region = match a("regionCode") {
        "" if GLOBAL_OFFERS.contains(&a("servicecode")) => "global".to_owned(),
        "" => return None,
        code => code.to_owned(),
    };
    let family = product.family.as_str();
    let (name, sku) = compute(family, &a).or_else(|| database(family, &a)).or_else(|| services(family, &a))?;
    (!sku.is_empty()).then_some((name, sku, region))
}

type Kept = Option<(&'static str, String)>;

/// EC2 instances, EBS, NAT gateways, public IPv4 addresses, load balancers and EKS clusters.
fn compute<'a>(family: &str, a: &impl Fn(&str) -> &'a str) -> Kept {
    let usage = a("usagetype");
    Some(match family {
        "Compute Instance"
            if a("servicecode") != "AmazonRedshift"
                && a("operatingSystem") == "Linux"
                && a("tenancy") == "Shared"
                && a("preInstalledSw") == "NA"
                && a("capacitystatus") == "Used"
                && a("licenseModel") != "Bring your own license" =>
        {
            ("ec2_instance", a("instanceType").to_owned())
        }
        "Storage" if !a("volumeApiName").is_empty() => ("ebs_volume", a("volumeApiName").to_owned()),
        "System Operation" if a("group") == "EBS IOPS" => ("ebs_iops", a("volumeApiName").to_owned()),
        "NAT Gateway" if usage.ends_with("NatGateway-Hours") => ("nat_gateway", "hours".to_owned()),
        "NAT Gateway" if usage.ends_with("NatGateway-Bytes") => ("nat_gateway_data", "data".to_owned()),
        "IP Address" if usage.ends_with("ElasticIP:IdleAddress") => ("public_ipv4", "address".to_owned()),
        "Load Balancer-Application" if usage.ends_with("LoadBalancerUsage") => ("load_balancer", "application".into()),
        "Load Balancer-Network" if usage.ends_with("LoadBalancerUsage") => ("load_balancer", "network".into()),
        "Load Balancer-Gateway" if usage.ends_with("LoadBalancerUsage") => ("load_balancer", "gateway".into()),
        "Load Balancer" if usage.ends_with("LoadBalancerUsage") => ("load_balancer", "classic".into()),
        "Compute" if usage.ends_with("AmazonEKS-Hours:perCluster") => ("eks_cluster", "standard".into()),
        _ => return None,
    })
}

/// RDS, ElastiCache, OpenSearch, Redshift and DynamoDB.
fn database<'a>(family: &str, a: &impl Fn(&str) -> &'a str) -> Kept {
    let usage = a("usagetype");
    Some(match family {
        "Database Instance" => {
            let engine = match a("databaseEngine") {
                "MySQL" => "mysql",
                "PostgreSQL" => "postgres",
                "MariaDB" => "mariadb",
                "Aurora MySQL" => "aurora-mysql",
                "Aurora PostgreSQL" => "aurora-postgresql",
                _ => return None,
            };
            ("rds_instance", format!("{}/{engine}/{}", a("instanceType"), deployment(a("deploymentOption"))?))
        }
        "Database Storage" if a("servicecode") == "AmazonDynamoDB" => {
            if !usage.ends_with("TimedStorage-ByteHrs") || usage.contains("IA-") {
                return None;
            }
            ("dynamodb_storage", "standard".into())
        }
        "Database Storage" => {
            let kind = match a("volumeType") {
                "General Purpose" => "gp2",
                "General Purpose-GP3" => "gp3",
                "Provisioned IOPS" => "io1",
                "Magnetic" => "standard",
                _ => return None,
            };
            if !matches!(a("databaseEngine"), "Any" | "MySQL" | "") {
                return None;
            }
            ("rds_storage", format!("{kind}/{}", deployment(a("deploymentOption"))?))
        }
        "Cache Instance" if usage.contains("NodeUsage") => {
            ("elasticache_node", format!("{}/{}", a("instanceType"), a("cacheEngine").to_lowercase()))
        }
        "Amazon OpenSearch Service Instance" if usage.contains("ESInstance") => {
            ("opensearch_instance", a("instanceType").to_owned())
        }
        "Amazon OpenSearch Service Volume" if usage.contains("-Storage") => {
            let kind = match a("storageMedia") {
                "GP2" => "gp2",
                "GP3" => "gp3",
                "PIOPS-Storage" => "io1",
                "Magnetic" => "standard",
                _ => return None,
            };
            ("opensearch_storage", kind.into())
        }
        "Compute Instance" if a("servicecode") == "AmazonRedshift" && usage.contains("Node:") => {
            ("redshift_node", a("instanceType").to_owned())
        }
        "Provisioned IOPS" => ("dynamodb_capacity", units(a("group"))?.into()),
        "Amazon DynamoDB PayPerRequest Throughput" => ("dynamodb_requests", units(a("group"))?.into()),
        _ => return None,
    })
}

/// KMS keys, Secrets Manager secrets, Lambda, SQS, S3, CloudWatch and Route 53.
fn services<'a>(family: &str, a: &impl Fn(&str) -> &'a str) -> Kept {
    let usage = a("usagetype");
    // `TimedStorage-ByteHrs` in us-east-1, `USW2-TimedStorage-ByteHrs` elsewhere.
    let usage_is = |name: &str| usage == name || usage.ends_with(&format!("-{name}"));
    let service = a("servicecode");
    Some(match (family, a("group")) {
        ("Storage", _)
            if service == "AmazonS3" && a("volumeType") == "Standard" && usage_is("TimedStorage-ByteHrs") =>
        {
            ("s3_storage", "standard".into())
        }
        ("API Request", "S3-API-Tier1") if service == "AmazonS3" => ("s3_requests", "tier1".into()),
        ("API Request", "S3-API-Tier2") if service == "AmazonS3" => ("s3_requests", "tier2".into()),
        ("Alarm", _) if usage_is("CW:AlarmMonitorUsage") => ("cloudwatch_alarm", "standard".into()),
        ("Alarm", _) if usage_is("CW:HighResAlarmMonitorUsage") => ("cloudwatch_alarm", "high_resolution".into()),
        ("Data Payload", _) if usage_is("DataProcessing-Bytes") => ("cloudwatch_logs", "ingestion".into()),
        ("Storage Snapshot", _) if service == "AmazonCloudWatch" && usage_is("TimedStorage-ByteHrs") => {
            ("cloudwatch_logs_storage", "standard".into())
        }
        ("DNS Zone", _) if usage_is("HostedZone") => ("route53_zone", "hosted_zone".into()),
        ("Encryption Key", _) if usage.ends_with("KMS-Keys") => ("kms_key", "key".into()),
        ("Secret", _) if usage.ends_with("AWSSecretsManager-Secrets") => ("secrets_manager", "secret".into()),
        ("Serverless", "AWS-Lambda-Requests") => ("lambda_requests", "requests".into()),
        ("Serverless", "AWS-Lambda-Duration") => ("lambda_duration", "x86_64".into()),
        ("Serverless", "AWS-Lambda-Duration-ARM") => ("lambda_duration", "arm64".into()),
        ("API Request", _) if a("servicecode") == "AWSQueueService" => {
            let kind = match a("queueType") {
                "Standard" => "standard",
                "FIFO (first-in, first-out)" => "fifo",
                _ => return None,
            };
            ("sqs_requests", kind.into())
        }
        _ => return None,
    })
}

fn units(group: &str) -> Option<&'static str> {
    match group {
        "DDB-WriteUnits" => Some("write"),
        "DDB-ReadUnits" => Some("read"),
        _ => None,
    }
}

fn deployment(option: &str) -> Option<&'static str> {
    match option {
        "Single-AZ" => Some("single-az"),
        "Multi-AZ" => Some("multi-az"),
        _ => None,
    }
}

/// The unit a catalog product's prices are per.
pub fn unit(product: &str) -> &'static str {
    match product {
        "ec2_instance"
        | "nat_gateway"
        | "load_balancer"
        | "rds_instance"
        | "public_ipv4"
        | "eks_cluster"
        | "elasticache_node"
        | "opensearch_instance"
        | "redshift_node" => "hour",
        "ebs_iops" => "IOPS-month",
        "ebs_volume"
        | "rds_storage"
        | "opensearch_storage"
        | "dynamodb_storage"
        | "s3_storage"
        | "cloudwatch_logs_storage" => "GB-month",
        "cloudwatch_logs" | "nat_gateway_data" => "GB",
        "cloudwatch_alarm" => "alarm-metric-month",
        "route53_zone" => "month",
        "s3_requests" => "request",
        "dynamodb_capacity" => "capacity-unit-hour",
        "dynamodb_requests" => "request-unit",
        "kms_key" | "secrets_manager" => "month",
        "lambda_requests" | "sqs_requests" => "request",
        "lambda_duration" => "GB-second",
        _ => "unit",
    }
}
