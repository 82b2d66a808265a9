//! Inventory exports as live snapshots: AWS Config configuration items (JSON lines, or a Config
//! snapshot file's `configurationItems`) and Google Cloud Asset Inventory exports (JSON lines). Read a
//! line at a time, so memory grows with the resources, not with the file. These exports describe
//! resources in the cloud API's own shape, so a resource carries its identity (id, ARN, name) and its
//! tags or labels: enough to find what is missing or unmanaged and to compare tags; other attributes
//! are not compared.

use std::io::BufRead;

use serde_json::{Map, Value};

use crate::load::dir_of;
use crate::model::resource::{Kind, Location, Resource};
use crate::normalize::FileError;

/// AWS Config resource types with the Terraform type and the attribute that holds the name.
const AWS_TYPES: &[(&str, &str, &str)] = &[
    ("AWS::S3::Bucket", "aws_s3_bucket", "bucket"),
    ("AWS::EC2::Instance", "aws_instance", ""),
    ("AWS::EC2::SecurityGroup", "aws_security_group", "name"),
    ("AWS::EC2::VPC", "aws_vpc", ""),
    ("AWS::EC2::Subnet", "aws_subnet", ""),
    ("AWS::EC2::Volume", "aws_ebs_volume", ""),
    ("AWS::RDS::DBInstance", "aws_db_instance", "identifier"),
    ("AWS::RDS::DBCluster", "aws_rds_cluster", "cluster_identifier"),
    ("AWS::IAM::Role", "aws_iam_role", "name"),
    ("AWS::IAM::User", "aws_iam_user", "name"),
    ("AWS::IAM::Policy", "aws_iam_policy", "name"),
    ("AWS::Lambda::Function", "aws_lambda_function", "function_name"),
    ("AWS::DynamoDB::Table", "aws_dynamodb_table", "name"),
    ("AWS::SQS::Queue", "aws_sqs_queue", "name"),
    ("AWS::SNS::Topic", "aws_sns_topic", "name"),
    ("AWS::KMS::Key", "aws_kms_key", ""),
    ("AWS::CloudTrail::Trail", "aws_cloudtrail", "name"),
    ("AWS::ECR::Repository", "aws_ecr_repository", "name"),
    ("AWS::EKS::Cluster", "aws_eks_cluster", "name"),
    ("AWS::ElasticLoadBalancingV2::LoadBalancer", "aws_lb", "name"),
];

/// Cloud Asset Inventory asset types with the Terraform type.
const GCP_TYPES: &[(&str, &str)] = &[
    ("storage.googleapis.com/Bucket", "google_storage_bucket"),
    ("compute.googleapis.com/Instance", "google_compute_instance"),
    ("compute.googleapis.com/Firewall", "google_compute_firewall"),
    ("compute.googleapis.com/Network", "google_compute_network"),
    ("compute.googleapis.com/Subnetwork", "google_compute_subnetwork"),
    ("compute.googleapis.com/Disk", "google_compute_disk"),
    ("sqladmin.googleapis.com/Instance", "google_sql_database_instance"),
    ("container.googleapis.com/Cluster", "google_container_cluster"),
    ("pubsub.googleapis.com/Topic", "google_pubsub_topic"),
    ("cloudkms.googleapis.com/CryptoKey", "google_kms_crypto_key"),
];

fn text(value: &Value, key: &str) -> Option<String> {
    value.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Whether a JSON object is an AWS Config configuration item.
pub fn is_config_item(value: &Value) -> bool {
    value.get("resourceType").is_some() && value.get("resourceId").is_some()
}

/// Whether a JSON object is a Cloud Asset Inventory asset.
pub fn is_asset(value: &Value) -> bool {
    (value.get("asset_type").is_some() || value.get("assetType").is_some()) && value.get("name").is_some()
}

/// Tags of a configuration item: a map, or (older items) a list of `{key, value}`.
fn config_tags(item: &Value) -> Option<Map<String, Value>> {
    match item.get("tags")? {
        Value::Object(map) if !map.is_empty() => Some(map.clone()),
        Value::Array(list) if !list.is_empty() => Some(
            list.iter()
                .filter_map(|t| Some((text(t, "key")?, t.get("value").cloned().unwrap_or(Value::Null))))
                .collect(),
        ),
        _ => None,
    }
}

fn resource(resource_type: String, values: Map<String, Value>, file: &str, line: usize) -> Resource {
    let values = Value::Object(values);
    let id = values.get("id").and_then(Value::as_str).unwrap_or_default().to_owned();
    let name = super::identity::display_name(&resource_type, &values, &id);
    let location = Location { line, column: 1, end_line: line };
    let address = format!("{resource_type}.{name}");
    Resource::from_values(Kind::Snapshot, address, resource_type, values, file, dir_of(file), location)
}

/// A resource from an AWS Config configuration item.
pub fn config_item(item: &Value, file: &str, line: usize) -> Resource {
    let config_type = text(item, "resourceType").unwrap_or_default();
    let mapped = AWS_TYPES.iter().find(|(t, _, _)| *t == config_type);
    let resource_type = mapped.map_or(config_type.clone(), |(_, tf, _)| (*tf).to_owned());
    let mut values = Map::new();
    values.insert("id".into(), Value::String(text(item, "resourceId").unwrap_or_default()));
    if let Some(arn) = text(item, "ARN").or_else(|| text(item, "arn")) {
        values.insert("arn".into(), Value::String(arn));
    }
    if let (Some((_, _, attribute)), Some(name)) = (mapped, text(item, "resourceName"))
        && !attribute.is_empty()
    {
        values.insert((*attribute).to_owned(), Value::String(name));
    }
    if let Some(tags) = config_tags(item) {
        values.insert("tags".into(), Value::Object(tags));
    }
    resource(resource_type, values, file, line)
}

/// A resource from a Cloud Asset Inventory asset.
pub fn asset(item: &Value, file: &str, line: usize) -> Resource {
    let asset_type = text(item, "asset_type").or_else(|| text(item, "assetType")).unwrap_or_default();
    let resource_type =
        GCP_TYPES.iter().find(|(t, _)| *t == asset_type).map_or(asset_type.clone(), |(_, tf)| (*tf).to_owned());
    let full_name = text(item, "name").unwrap_or_default();
    let data = item.pointer("/resource/data").unwrap_or(&Value::Null);
    let short = text(data, "name").unwrap_or_else(|| full_name.clone());
    let mut values = Map::new();
    values.insert("id".into(), Value::String(full_name));
    values.insert("name".into(), Value::String(short.rsplit('/').next().unwrap_or(&short).to_owned()));
    if let Some(labels) = data.get("labels").filter(|l| l.as_object().is_some_and(|m| !m.is_empty())) {
        values.insert("labels".into(), labels.clone());
    }
    resource(resource_type, values, file, line)
}

/// The resources of a JSON lines export, read a line at a time; a line that is neither kind is an
/// error naming its line.
pub fn load(file: &str, reader: impl BufRead) -> Result<Vec<Resource>, FileError> {
    let mut resources = Vec::new();
    for (index, line) in reader.lines().enumerate() {
        let number = index + 1;
        let line = line.map_err(|e| FileError { message: e.to_string(), line: number, column: 1 })?;
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line).map_err(|e| FileError {
            message: format!("JSON lines: {e}"),
            line: number,
            column: e.column().max(1),
        })?;
        if is_config_item(&value) {
            resources.push(config_item(&value, file, number));
        } else if is_asset(&value) {
            resources.push(asset(&value, file, number));
        } else {
            return Err(FileError {
                message: "JSON lines: neither an AWS Config configuration item (`resourceType`, `resourceId`) nor a Cloud Asset Inventory asset (`name`, `asset_type`)".into(),
                line: number,
                column: 1,
            });
        }
    }
    Ok(resources)
}

/// Whether a text is JSON lines: its first non-empty line is a whole JSON object and another follows.
pub fn is_json_lines(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or_default();
    first.starts_with('{')
        && serde_json::from_str::<Value>(first).is_ok()
        && lines.next().is_some_and(|l| l.starts_with('{'))
}
