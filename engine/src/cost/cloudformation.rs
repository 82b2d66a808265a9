//! Pricing CloudFormation resources: each priced `AWS::...` type is read as the Terraform resource
//! the AWS estimators know (its properties under the Terraform attribute names), so a template and
//! a Terraform module of the same infrastructure cost the same. A property the estimate needs that
//! the template leaves to deploy time (an intrinsic function normalizing could not work out, so an
//! unknown attribute) is named as not known offline.

use serde_json::{Map, Value, json};

use crate::model::resource::{Resource, paths_overlap};

/// What a property becomes: a Terraform attribute path (`a.b` nests a block) from a property path.
type Field = (&'static str, &'static str);

/// The Terraform type and fields of a priced CloudFormation type.
fn mapping(resource_type: &str) -> Option<(&'static str, &'static [Field])> {
    Some(match resource_type {
        "AWS::EC2::Instance" => ("aws_instance", &[("instance_type", "InstanceType"), ("tenancy", "Tenancy")]),
        "AWS::EC2::Volume" => ("aws_ebs_volume", &[("type", "VolumeType"), ("size", "Size"), ("iops", "Iops")]),
        "AWS::EC2::NatGateway" => ("aws_nat_gateway", &[]),
        "AWS::EC2::EIP" => ("aws_eip", &[]),
        "AWS::ElasticLoadBalancingV2::LoadBalancer" => ("aws_lb", &[("load_balancer_type", "Type")]),
        "AWS::ElasticLoadBalancing::LoadBalancer" => ("aws_elb", &[]),
        "AWS::RDS::DBInstance" => (
            "aws_db_instance",
            &[
                ("instance_class", "DBInstanceClass"),
                ("engine", "Engine"),
                ("multi_az", "MultiAZ"),
                ("allocated_storage", "AllocatedStorage"),
                ("storage_type", "StorageType"),
            ],
        ),
        "AWS::EKS::Cluster" => ("aws_eks_cluster", &[]),
        "AWS::EKS::Nodegroup" => (
            "aws_eks_node_group",
            &[
                ("instance_types", "InstanceTypes"),
                ("scaling_config.desired_size", "ScalingConfig.DesiredSize"),
                ("disk_size", "DiskSize"),
                ("capacity_type", "CapacityType"),
                ("launch_template", "LaunchTemplate"),
            ],
        ),
        "AWS::ElastiCache::CacheCluster" => (
            "aws_elasticache_cluster",
            &[("node_type", "CacheNodeType"), ("engine", "Engine"), ("num_cache_nodes", "NumCacheNodes")],
        ),
        "AWS::ElastiCache::ReplicationGroup" => (
            "aws_elasticache_replication_group",
            &[
                ("node_type", "CacheNodeType"),
                ("engine", "Engine"),
                ("num_cache_clusters", "NumCacheClusters"),
                ("num_node_groups", "NumNodeGroups"),
                ("replicas_per_node_group", "ReplicasPerNodeGroup"),
            ],
        ),
        "AWS::OpenSearchService::Domain" => (
            "aws_opensearch_domain",
            &[
                ("cluster_config.instance_type", "ClusterConfig.InstanceType"),
                ("cluster_config.instance_count", "ClusterConfig.InstanceCount"),
                ("cluster_config.dedicated_master_enabled", "ClusterConfig.DedicatedMasterEnabled"),
                ("cluster_config.dedicated_master_type", "ClusterConfig.DedicatedMasterType"),
                ("cluster_config.dedicated_master_count", "ClusterConfig.DedicatedMasterCount"),
                ("ebs_options.ebs_enabled", "EBSOptions.EBSEnabled"),
                ("ebs_options.volume_size", "EBSOptions.VolumeSize"),
                ("ebs_options.volume_type", "EBSOptions.VolumeType"),
            ],
        ),
        "AWS::Redshift::Cluster" => {
            ("aws_redshift_cluster", &[("node_type", "NodeType"), ("number_of_nodes", "NumberOfNodes")])
        }
        "AWS::DynamoDB::Table" => (
            "aws_dynamodb_table",
            &[
                ("billing_mode", "BillingMode"),
                ("read_capacity", "ProvisionedThroughput.ReadCapacityUnits"),
                ("write_capacity", "ProvisionedThroughput.WriteCapacityUnits"),
            ],
        ),
        "AWS::KMS::Key" => ("aws_kms_key", &[]),
        "AWS::SecretsManager::Secret" => ("aws_secretsmanager_secret", &[]),
        "AWS::Lambda::Function" => {
            ("aws_lambda_function", &[("memory_size", "MemorySize"), ("architectures", "Architectures")])
        }
        "AWS::SQS::Queue" => ("aws_sqs_queue", &[("fifo_queue", "FifoQueue")]),
        _ => return None,
    })
}

/// The resource as the Terraform resource the estimators price, or why it cannot be priced; `None`
/// for a type with no estimate.
pub fn as_terraform(resource: &Resource) -> Option<Result<Resource, String>> {
    let (terraform_type, fields) = mapping(&resource.resource_type)?;
    let mut values = Map::new();
    for (attribute, property) in fields {
        // Intrinsic functions are worked out in `normalize::cloudformation`: what they leave is unknown.
        if resource.unknown.iter().any(|u| paths_overlap(u, property)) {
            return Some(Err(format!("`{property}` is decided at deploy time (not known offline)")));
        }
        let Some(value) = lookup(&resource.values, property) else { continue };
        insert(&mut values, attribute, plain(value));
    }
    if terraform_type == "aws_instance" {
        values.insert("ebs_block_device".into(), Value::Array(block_devices(&resource.values)));
    }
    let mut translated = resource.clone();
    translated.resource_type = terraform_type.to_owned();
    translated.values = Value::Object(values);
    Some(Ok(translated))
}

fn lookup<'a>(values: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(values, |value, key| value.get(key)).filter(|v| !v.is_null())
}

/// CloudFormation writes booleans and numbers as strings as often as not.
fn plain(value: &Value) -> Value {
    match value.as_str() {
        Some("true" | "True") => Value::Bool(true),
        Some("false" | "False") => Value::Bool(false),
        Some(text) => text.parse::<f64>().map_or_else(|_| value.clone(), |n| json!(n)),
        None => value.clone(),
    }
}

/// Sets `a.b` as a block `a` (a one-element list, as Terraform blocks are) holding `b`.
fn insert(values: &mut Map<String, Value>, attribute: &str, value: Value) {
    match attribute.split_once('.') {
        None => {
            values.insert(attribute.to_owned(), value);
        }
        Some((block, rest)) => {
            let entry = values.entry(block.to_owned()).or_insert_with(|| json!([{}]));
            if let Some(Value::Object(inner)) = entry.get_mut(0) {
                insert(inner, rest, value);
            }
        }
    }
}

/// The EBS volumes of `BlockDeviceMappings` that say their size (others take the AMI's).
fn block_devices(properties: &Value) -> Vec<Value> {
    let mappings = properties.get("BlockDeviceMappings").and_then(Value::as_array);
    mappings
        .into_iter()
        .flatten()
        .filter_map(|mapping| {
            let ebs = mapping.get("Ebs")?;
            let size = lookup(ebs, "VolumeSize")?;
            let mut device = json!({"device_name": mapping.get("DeviceName"), "volume_size": plain(size)});
            for (attribute, property) in [("volume_type", "VolumeType"), ("iops", "Iops")] {
                if let Some(value) = lookup(ebs, property) {
                    device[attribute] = plain(value);
                }
            }
            Some(device)
        })
        .collect()
}
