//! Resource types that cost nothing by themselves: configuration, identity, permissions, networking
//! plumbing, objects inside a cluster, and the utility providers' local values. They are left out of
//! an estimate rather than listed as unpriced (what they configure is priced where it is billed: a
//! secret's versions with the secret, a log stream with its group). Anything not listed here, nor
//! priced, is listed as unpriced with the reason: a type is only called free when it is.

/// Terraform types: an entry ending in `_` is a prefix; any other matches that type and the types
/// named after it (`aws_route` matches `aws_route_table`, not `aws_route53_zone`).
const FREE: &[&str] = &[
    // Utility providers: nothing in any cloud.
    "random_",
    "null_resource",
    "terraform_data",
    "time_",
    "tls_",
    "local_",
    "archive_",
    "tfcoremock_",
    "kind_",
    "test_instance",
    // The Docker provider builds and runs on a Docker host (a registry bills its storage).
    "docker_",
    // Objects inside a Kubernetes cluster (the nodes are priced).
    "kubernetes_",
    "kubectl_manifest",
    "helm_release",
    // AWS
    "aws_iam_",
    "aws_security_group",
    "aws_vpc_security_group_",
    "aws_vpc",
    "aws_subnet",
    "aws_route",
    "aws_route53_record",
    "aws_internet_gateway",
    "aws_egress_only_internet_gateway",
    "aws_s3_bucket_",
    "aws_network_acl",
    "aws_default_",
    "aws_kms_alias",
    "aws_kms_grant",
    "aws_cloudwatch_log_subscription_filter",
    "aws_cloudwatch_log_stream",
    "aws_ec2_tag",
    "aws_ec2_managed_prefix_list",
    "aws_key_pair",
    "aws_placement_group",
    "aws_launch_template",
    "aws_eip_association",
    "aws_volume_attachment",
    "aws_lambda_permission",
    "aws_lambda_alias",
    "aws_lambda_event_source_mapping",
    "aws_lambda_function_event_invoke_config",
    "aws_db_parameter_group",
    "aws_db_option_group",
    "aws_db_subnet_group",
    "aws_rds_cluster_parameter_group",
    "aws_elasticache_subnet_group",
    "aws_elasticache_parameter_group",
    "aws_redshift_subnet_group",
    "aws_redshift_parameter_group",
    "aws_eks_addon",
    "aws_eks_access_entry",
    "aws_eks_access_policy_association",
    "aws_lb_listener",
    "aws_lb_target_group",
    "aws_lb_trust_store",
    "aws_secretsmanager_secret_version",
    "aws_secretsmanager_secret_rotation",
    "aws_secretsmanager_secret_policy",
    "aws_sqs_queue_policy",
    "aws_sqs_queue_redrive",
    "aws_sns_topic_policy",
    "aws_sns_topic_subscription",
    "aws_elasticsearch_domain_policy",
    "aws_opensearch_domain_policy",
    "aws_appautoscaling_",
    "aws_autoscaling_policy",
    "aws_cloudwatch_event_target",
    // EventBridge bills the events published to a bus, not the rules matching them.
    "aws_cloudwatch_event_rule",
    // An object's bytes are billed with its bucket's storage (by usage).
    "aws_s3_object",
    "aws_s3_account_public_access_block",
    "aws_s3tables_namespace",
    "aws_s3tables_table_bucket_policy",
    "aws_s3tables_table_policy",
    "aws_s3vectors_vector_bucket_policy",
    // A layer's storage counts against the account's Lambda code storage; URLs bill as invocations.
    "aws_lambda_layer_version",
    "aws_lambda_function_url",
    "aws_lambda_code_signing_config",
    "aws_signer_signing_",
    // A virtual private gateway and a customer gateway are free; the VPN connections are billed.
    "aws_vpn_gateway",
    "aws_customer_gateway",
    "aws_vpc_endpoint_route_table_association",
    "aws_vpc_endpoint_subnet_association",
    "aws_vpc_endpoint_security_group_association",
    "aws_db_instance_role_association",
    "aws_rds_cluster_role_association",
    "aws_eks_pod_identity_association",
    "aws_efs_access_point",
    "aws_efs_mount_target",
    "aws_efs_backup_policy",
    "aws_efs_file_system_policy",
    "aws_cognito_user_pool_client",
    "aws_cognito_user_pool_domain",
    "aws_cognito_user_group",
    "aws_kms_key_policy",
    "aws_ecr_lifecycle_policy",
    "aws_ecr_repository_policy",
    "aws_ssm_activation",
    "aws_rolesanywhere_",
    // Peering has no hourly charge; the data crossing it is billed as data transfer.
    "aws_vpc_peering_connection",
    "aws_cloudwatch_log_resource_policy",
    // Deployments to EC2, Lambda and ECS are free (only on-premises instances are billed).
    "aws_codedeploy_app",
    "aws_codedeploy_deployment_group",
    // Google Cloud
    "google_project_iam_",
    "google_project_service",
    "google_service_account",
    "google_compute_network",
    "google_compute_subnetwork",
    "google_compute_firewall",
    "google_compute_router",
    "google_compute_route",
    "google_storage_bucket_iam_",
    "google_kms_crypto_key_iam_",
    "google_kms_key_ring",
    "google_secret_manager_secret_iam_",
    "google_artifact_registry_repository_iam_",
    "google_monitoring_notification_channel",
    "google_sql_database",
    "google_sql_user",
    // Builds are billed by the build-minute, not per trigger; Eventarc bills the events it delivers.
    "google_cloudbuild_trigger",
    "google_eventarc_trigger",
    // Registering a cluster in a fleet has no charge of its own.
    "google_gke_hub_membership",
    "google_tags_",
    "google_dns_record_set",
    "google_compute_managed_ssl_certificate",
    "google_container_analysis_note",
    // Sole-tenant nodes are billed on their node group, not on the template.
    "google_compute_node_template",
    // Secret Manager bills the active versions of a secret, not the secret.
    "google_secret_manager_secret",
    // Azure
    "azurerm_resource_group",
    "azurerm_network_security_",
    "azurerm_role_",
    "azurerm_virtual_network",
    "azurerm_subnet",
    "azurerm_network_interface",
    "azurerm_user_assigned_identity",
    "azurerm_monitor_data_collection_rule_association",
    "azapi_update_resource",
    "azapi_resource_action",
    "azurerm_key_vault_access_policy",
    "azurerm_disk_encryption_set",
    // Data collection rules and solutions are billed by the data their workspace ingests.
    "azurerm_monitor_data_collection_rule",
    "azurerm_log_analytics_solution",
];

/// Types priced although a free entry covers them (exactly these types, not those named after them).
const PRICED: &[&str] = &[
    "google_compute_router_nat",
    "google_sql_database_instance",
    "aws_route53_zone",
    "aws_vpc_endpoint",
    "aws_vpc_ipam",
    "azurerm_virtual_network_gateway",
    "google_secret_manager_secret_version",
];

fn matches(resource_type: &str, entry: &str) -> bool {
    match entry.strip_suffix('_') {
        Some(_) => resource_type.starts_with(entry),
        None => resource_type == entry || resource_type.strip_prefix(entry).is_some_and(|rest| rest.starts_with('_')),
    }
}

/// Whether a Terraform resource type costs nothing by itself.
pub fn is_free(resource_type: &str) -> bool {
    !PRICED.contains(&resource_type) && FREE.iter().any(|e| matches(resource_type, e))
}

/// CloudFormation types that cost nothing by themselves.
const FREE_IN_TEMPLATES: &[&str] = &[
    "AWS::IAM::",
    "AWS::EC2::SecurityGroup",
    "AWS::EC2::VPC",
    "AWS::EC2::Subnet",
    "AWS::EC2::Route",
    "AWS::EC2::InternetGateway",
    "AWS::EC2::NetworkAcl",
    "AWS::KMS::Alias",
    "AWS::S3::BucketPolicy",
    "AWS::SQS::QueuePolicy",
    "AWS::Lambda::Permission",
    "AWS::CloudFormation::",
];

/// Whether a CloudFormation resource type costs nothing by itself.
pub fn is_free_in_templates(resource_type: &str) -> bool {
    let priced = ["AWS::EC2::VPCEndpoint", "AWS::EC2::VPCPeeringConnection", "AWS::EC2::VPNGateway"];
    !priced.iter().any(|p| resource_type.starts_with(p))
        && FREE_IN_TEMPLATES.iter().any(|p| resource_type.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plumbing_is_free_and_billed_things_under_a_free_prefix_are_not() {
        let free = [
            "aws_iam_role",
            "aws_route_table",
            "aws_vpc",
            "kubernetes_namespace",
            "google_sql_user",
            "time_sleep",
            "aws_vpn_gateway",
            "aws_vpc_endpoint_subnet_association",
            "aws_vpc_ipam_pool_cidr",
            "google_secret_manager_secret",
        ];
        for free in free {
            assert!(is_free(free), "{free}");
        }
        let billed = [
            "aws_route53_zone",
            "aws_vpc_endpoint",
            "google_compute_router_nat",
            "google_sql_database_instance",
            "google_secret_manager_secret_version",
            "aws_vpc_ipam",
            "azurerm_virtual_network_gateway",
            "aws_ec2_transit_gateway_vpc_attachment",
            "aws_instance",
            "aws_route53_resolver_endpoint",
            "google_compute_router_nat",
        ];
        for billed in billed {
            assert!(!is_free(billed), "{billed}");
        }
        assert!(is_free_in_templates("AWS::EC2::VPCGatewayAttachment"));
        assert!(!is_free_in_templates("AWS::EC2::VPCEndpoint"));
    }
}
