//! `tollgate cost` of AWS managed services, in Terraform and in a CloudFormation template, priced
//! from the catalog `tollgate prices update` builds from hand-written Price List offer files: each
//! resource's monthly cost is what the fixture's comments work out by hand.

use serde_json::Value;

use crate::cost_fixture::{assert_priced, catalogs_from_fixture_prices, cost_of};
use crate::support::TempRepo;

#[test]
fn the_aws_fixture_costs_what_its_comments_work_out() {
    let scratch = TempRepo::new();
    let catalogs = catalogs_from_fixture_prices(&scratch, "aws");
    let report = cost_of("aws", &catalogs);
    let expected = [
        ("aws_eip.nat", 3.65),
        ("aws_eks_cluster.main", 73.0),
        ("aws_eks_node_group.workers", 225.24),
        ("aws_elasticache_replication_group.sessions", 227.76),
        ("aws_elasticache_cluster.fragments", 24.82),
        ("aws_opensearch_domain.logs", 310.56),
        ("aws_redshift_cluster.warehouse", 365.0),
        ("aws_dynamodb_table.orders", 7.85),
        ("aws_dynamodb_table.events", 5.0),
        ("aws_kms_key.data", 1.0),
        ("aws_secretsmanager_secret.db", 0.4),
        ("aws_lambda_function.api", 5.0),
        ("aws_sqs_queue.jobs", 1.5),
        ("aws_instance.bastion", 11.59),
        ("aws_s3_bucket.assets", 12.8),
        ("aws_cloudwatch_metric_alarm.cpu", 0.1),
        ("aws_cloudwatch_metric_alarm.latency", 0.3),
        ("aws_cloudwatch_log_group.app", 23.0),
        ("aws_route53_zone.main", 0.5),
        ("aws_rds_cluster_instance.reader", 189.8),
        // The CloudFormation template's resources, by logical id.
        ("Web", 9.99),
        ("Cluster", 73.0),
        ("Sessions", 227.76),
        ("Orders", 2.85),
        ("Key", 1.0),
        ("Queue", 0.0),
        ("Data", 8.0),
        ("Egress", 32.85),
        ("Db", 14.71),
        ("Workers", 144.16),
        ("Api", 0.0),
        ("Search", 109.76),
        ("Classic", 18.25),
        ("aws_elb.legacy", 18.25),
    ];
    assert_priced(&report, &expected);
    let unpriced: Vec<(&str, &str)> = report["unpriced"]
        .as_array()
        .expect("unpriced")
        .iter()
        .map(|u| (u["address"].as_str().unwrap_or(""), u["reason"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(
        unpriced,
        [
            ("Alerts", "no estimator for `AWS::SNS::Topic`"),
            ("Worker", "`InstanceType` is decided at deploy time (not known offline)")
        ]
    );
    assert_eq!(report["total_monthly"], 2149.45);
    insta::assert_json_snapshot!("cost_aws", report);
}

/// A price-list product tollgate does not keep (EKS extended support, DynamoDB infrequent-access
/// storage) is not in the catalog, and a free tier or a zero "reserved instance applied" line is not
/// taken for the list price.
#[test]
fn the_catalog_keeps_list_prices_not_free_tiers() {
    let scratch = TempRepo::new();
    let catalogs = catalogs_from_fixture_prices(&scratch, "aws");
    let aws: Value = serde_json::from_str(&std::fs::read_to_string(format!("{catalogs}/aws.json")).expect("aws.json"))
        .expect("json");
    let price = |product: &str, sku: &str| aws["products"][product]["skus"][sku]["us-east-1"].clone();
    assert_eq!(price("elasticache_node", "cache.m5.large/redis"), 0.156);
    assert_eq!(price("dynamodb_capacity", "write"), 0.00065);
    assert_eq!(price("dynamodb_storage", "standard"), 0.25);
    assert_eq!(price("sqs_requests", "fifo"), 0.0000005);
    assert_eq!(price("eks_cluster", "standard"), 0.1);
    assert_eq!(aws["products"]["eks_cluster"]["skus"].as_object().map(|s| s.len()), Some(1));
    assert_eq!(aws["products"]["dynamodb_storage"]["skus"].as_object().map(|s| s.len()), Some(1));
    assert_eq!(aws["products"]["lambda_duration"]["unit"], "GB-second");
    // Volume tiers: the first is the list price; Route 53 is global.
    assert_eq!(price("s3_storage", "standard"), 0.023);
    assert_eq!(aws["products"]["s3_storage"]["skus"].as_object().map(|s| s.len()), Some(1), "Glacier is not Standard");
    assert_eq!(aws["products"]["route53_zone"]["skus"]["hosted_zone"]["global"], 0.5);
}
