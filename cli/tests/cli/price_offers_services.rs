//! Hand-written AWS Price List offer files of the managed services tollgate prices (EKS, ElastiCache,
//! OpenSearch, Redshift, DynamoDB, KMS, Secrets Manager, Lambda, SQS, S3, CloudWatch; us-east-1) and
//! Route 53 (global), with the volume tiers, free tiers
//! and zero-priced lines the real files carry, and a product of each that tollgate must not keep.

use serde_json::{Value, json};

use crate::price_offers::{aws_product, aws_product_tiers, offer};

/// The offer file of a service code, if written here.
pub fn offer_file(code: &str) -> Option<Value> {
    Some(match code {
        "AmazonEKS" => eks(),
        "AmazonElastiCache" => elasticache(),
        "AmazonES" => opensearch(),
        "AmazonRedshift" => redshift(),
        "AmazonDynamoDB" => dynamodb(),
        "awskms" => kms(),
        "AWSSecretsManager" => secrets(),
        "AWSLambda" => lambda(),
        "AWSQueueService" => sqs(),
        "AmazonS3" => s3(),
        "AmazonCloudWatch" => cloudwatch(),
        "AmazonRoute53" => route53(),
        _ => return None,
    })
}

fn attrs(service: &str, extra: Value) -> Value {
    let mut attributes =
        json!({"servicecode": service, "location": "US East (N. Virginia)", "regionCode": "us-east-1"});
    if let (Some(map), Some(extra)) = (attributes.as_object_mut(), extra.as_object()) {
        map.extend(extra.clone());
    }
    attributes
}

fn eks() -> Value {
    let cluster =
        attrs("AmazonEKS", json!({"usagetype": "USE1-AmazonEKS-Hours:perCluster", "operation": "CreateOperation"}));
    let extended = attrs(
        "AmazonEKS",
        json!({"usagetype": "USE1-AmazonEKS-Hours:extendedSupport", "operation": "ExtendedSupport"}),
    );
    offer(
        "AmazonEKS",
        vec![
            ("AHQ4ZAXV2SB7VTH5", aws_product("AHQ4ZAXV2SB7VTH5", "Compute", cluster, "Hrs", "0.1000000000")),
            ("9Z5BTUG4XDCSCMT2", aws_product("9Z5BTUG4XDCSCMT2", "Compute", extended, "Hrs", "0.6000000000")),
        ],
    )
}

fn elasticache() -> Value {
    let node = |sku: &'static str, size: &str, engine: &str, usd: &str| {
        let a = attrs(
            "AmazonElastiCache",
            json!({"instanceType": size, "cacheEngine": engine, "usagetype": format!("NodeUsage:{size}"),
                "operation": format!("CreateCacheCluster:{engine}")}),
        );
        // The real files carry a zero-priced "reserved instance applied" line beside the hourly price.
        (sku, aws_product_tiers(sku, "Cache Instance", a, "Hrs", &[("0", "Inf", "0.0000000000"), ("0", "Inf", usd)]))
    };
    offer(
        "AmazonElastiCache",
        vec![
            node("4D2E7K7G4GPM84WN", "cache.m5.large", "Redis", "0.1560000000"),
            node("J4Q9AVM4TSDSKBVR", "cache.t3.micro", "Memcached", "0.0170000000"),
        ],
    )
}

fn opensearch() -> Value {
    let instance = |sku: &'static str, size: &str, usd: &str| {
        let a = attrs("AmazonES", json!({"instanceType": size, "usagetype": format!("ESInstance:{size}")}));
        (sku, aws_product(sku, "Amazon OpenSearch Service Instance", a, "Hrs", usd))
    };
    let volume = |sku: &'static str, media: &str, usage: &str, usd: &str| {
        let a = attrs("AmazonES", json!({"storageMedia": media, "usagetype": usage}));
        (sku, aws_product(sku, "Amazon OpenSearch Service Volume", a, "GB-Mo", usd))
    };
    offer(
        "AmazonES",
        vec![
            instance("QGC8YHHRKX8Y2BS7", "m5.large.search", "0.1420000000"),
            instance("2PXK6UUYEG6W2YKQ", "t3.small.search", "0.0360000000"),
            volume("8Z2SKV8DJ3VDBVZE", "GP3", "ES:GP3-Storage", "0.1220000000"),
            volume("RTTDYWDGHUUZ6F5Q", "GP2", "ES:GP2-Storage", "0.1350000000"),
        ],
    )
}

fn redshift() -> Value {
    let node = attrs("AmazonRedshift", json!({"instanceType": "dc2.large", "usagetype": "Node:dc2.large"}));
    offer(
        "AmazonRedshift",
        vec![("9CR8WCJ2XTV5JRHZ", aws_product("9CR8WCJ2XTV5JRHZ", "Compute Instance", node, "Hrs", "0.2500000000"))],
    )
}

fn dynamodb() -> Value {
    let ddb = |extra: Value| attrs("AmazonDynamoDB", extra);
    let capacity = |sku: &'static str, group: &str, usage: &str, free: &str, usd: &str| {
        let a = ddb(json!({"group": group, "usagetype": usage}));
        (sku, aws_product_tiers(sku, "Provisioned IOPS", a, "Hrs", &[("0", free, "0.0000000000"), (free, "Inf", usd)]))
    };
    let request = |sku: &'static str, group: &str, usage: &str, usd: &str| {
        let a = ddb(json!({"group": group, "usagetype": usage}));
        (sku, aws_product(sku, "Amazon DynamoDB PayPerRequest Throughput", a, usage, usd))
    };
    let storage = ddb(json!({"usagetype": "TimedStorage-ByteHrs"}));
    let infrequent = ddb(json!({"usagetype": "IA-TimedStorage-ByteHrs"}));
    offer(
        "AmazonDynamoDB",
        vec![
            capacity("R6PXMNYCEDGZ2EYN", "DDB-WriteUnits", "WriteCapacityUnit-Hrs", "18600", "0.0006500000"),
            capacity("CFMZSN6YV8C7SG9N", "DDB-ReadUnits", "ReadCapacityUnit-Hrs", "18600", "0.0001300000"),
            request("QHZKTCFTUHGJQAK4", "DDB-WriteUnits", "WriteRequestUnits", "0.0000012500"),
            request("BWHX8C2YBQYZTYSQ", "DDB-ReadUnits", "ReadRequestUnits", "0.0000002500"),
            (
                "J6T77Z3FWKQ9Z6YJ",
                aws_product_tiers(
                    "J6T77Z3FWKQ9Z6YJ",
                    "Database Storage",
                    storage,
                    "GB-Mo",
                    &[("0", "25", "0.0000000000"), ("25", "Inf", "0.2500000000")],
                ),
            ),
            (
                "4S6ZMW4KQ8QQN6KQ",
                aws_product("4S6ZMW4KQ8QQN6KQ", "Database Storage", infrequent, "GB-Mo", "0.1000000000"),
            ),
        ],
    )
}

fn kms() -> Value {
    let key = attrs("awskms", json!({"usagetype": "us-east-1-KMS-Keys"}));
    offer(
        "awskms",
        vec![("7BUEKTR5V7MC9KW6", aws_product("7BUEKTR5V7MC9KW6", "Encryption Key", key, "Keys", "1.0000000000"))],
    )
}

fn secrets() -> Value {
    let secret = attrs("AWSSecretsManager", json!({"usagetype": "USE1-AWSSecretsManager-Secrets"}));
    offer(
        "AWSSecretsManager",
        vec![("P7EPYZAD94HC8EWG", aws_product("P7EPYZAD94HC8EWG", "Secret", secret, "Secrets", "0.4000000000"))],
    )
}

fn lambda() -> Value {
    let serverless = |sku: &'static str, group: &str, usage: &str, unit: &str, usd: &str| {
        let a = attrs("AWSLambda", json!({"group": group, "usagetype": usage}));
        (sku, aws_product(sku, "Serverless", a, unit, usd))
    };
    offer(
        "AWSLambda",
        vec![
            serverless("WQTNR3VGJ2YNPPGE", "AWS-Lambda-Requests", "Request", "Requests", "0.0000002000"),
            serverless(
                "TG3M4CAGBA3NYQBH",
                "AWS-Lambda-Duration",
                "Lambda-GB-Second",
                "Lambda-GB-Second",
                "0.0000166667",
            ),
            serverless(
                "H6ZBDRWGEBBCWZNV",
                "AWS-Lambda-Duration-ARM",
                "Lambda-GB-Second-ARM",
                "Lambda-GB-Second",
                "0.0000133334",
            ),
        ],
    )
}

fn sqs() -> Value {
    let queue = |sku: &'static str, kind: &str, usd: &str| {
        let a = attrs("AWSQueueService", json!({"queueType": kind, "usagetype": "Requests-RBP"}));
        (
            sku,
            aws_product_tiers(
                sku,
                "API Request",
                a,
                "Requests",
                &[("0", "1000000", "0.0000000000"), ("1000000", "Inf", usd)],
            ),
        )
    };
    offer(
        "AWSQueueService",
        vec![
            queue("2CR84K9NJ4A4SXMQ", "Standard", "0.0000004000"),
            queue("ZT5WVSG6WTSWNMMZ", "FIFO (first-in, first-out)", "0.0000005000"),
        ],
    )
}

fn s3() -> Value {
    let storage = attrs(
        "AmazonS3",
        json!({"storageClass": "General Purpose", "volumeType": "Standard", "usagetype": "TimedStorage-ByteHrs"}),
    );
    let glacier = attrs(
        "AmazonS3",
        json!({"storageClass": "Archive", "volumeType": "Glacier Deep Archive", "usagetype": "TimedStorage-GDA-ByteHrs"}),
    );
    let request = |group: &str, usage: &str| attrs("AmazonS3", json!({"group": group, "usagetype": usage}));
    let tiers =
        [("0", "51200", "0.0230000000"), ("51200", "512000", "0.0220000000"), ("512000", "Inf", "0.0210000000")];
    offer(
        "AmazonS3",
        vec![
            ("WP9ANXZGBYYSGJEA", aws_product_tiers("WP9ANXZGBYYSGJEA", "Storage", storage, "GB-Mo", &tiers)),
            ("8ZHRPJ5MQ4GQ7NAE", aws_product("8ZHRPJ5MQ4GQ7NAE", "Storage", glacier, "GB-Mo", "0.0009900000")),
            (
                "QCWHGE3BY2KEN5NQ",
                aws_product(
                    "QCWHGE3BY2KEN5NQ",
                    "API Request",
                    request("S3-API-Tier1", "Requests-Tier1"),
                    "Requests",
                    "0.0000050000",
                ),
            ),
            (
                "JDX6JTBTKGBW7FRJ",
                aws_product(
                    "JDX6JTBTKGBW7FRJ",
                    "API Request",
                    request("S3-API-Tier2", "Requests-Tier2"),
                    "Requests",
                    "0.0000004000",
                ),
            ),
        ],
    )
}

fn cloudwatch() -> Value {
    let cw = |family: &'static str, sku: &'static str, usage: &str, unit: &str, usd: &str| {
        (sku, aws_product(sku, family, attrs("AmazonCloudWatch", json!({"usagetype": usage})), unit, usd))
    };
    offer(
        "AmazonCloudWatch",
        vec![
            cw("Alarm", "8QQ8ZRGNNW9FHA5G", "CW:AlarmMonitorUsage", "Alarms", "0.1000000000"),
            cw("Alarm", "3CXHCCW5BJ3XK6SE", "CW:HighResAlarmMonitorUsage", "Alarms", "0.3000000000"),
            cw("Data Payload", "T8QAD5Z5X6FNXYA6", "DataProcessing-Bytes", "GB", "0.5000000000"),
            cw("Storage Snapshot", "HTZRFQSSMNUX2Y8F", "TimedStorage-ByteHrs", "GB-Mo", "0.0300000000"),
        ],
    )
}

/// A global offer: no `regionCode`.
fn route53() -> Value {
    let zone = json!({"servicecode": "AmazonRoute53", "location": "Global", "locationType": "AWS Region", "usagetype": "HostedZone"});
    let tiers = [("0", "25", "0.5000000000"), ("25", "Inf", "0.1000000000")];
    offer(
        "AmazonRoute53",
        vec![("ZJRPXKBRQ6ZKGRQU", aws_product_tiers("ZJRPXKBRQ6ZKGRQU", "DNS Zone", zone, "HostedZone", &tiers))],
    )
}
