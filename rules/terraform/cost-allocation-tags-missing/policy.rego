# METADATA
# title: Cost-bearing resource lacks the cost-allocation tags
# description: "A resource that costs money lacks one of the tag keys the config names in `rule_data.cost_allocation_tags` (labels on Google Cloud). An AWS provider's `default_tags` count. Without configured keys the rule is silent."
# custom:
#   id: COST006
#   severity: low
#   scope: project
#   resource_types: [provider, aws_instance, aws_launch_template, aws_ebs_volume, aws_db_instance, aws_rds_cluster, aws_nat_gateway, aws_lb, aws_elb, aws_eip, aws_eks_cluster, aws_eks_node_group, aws_elasticache_cluster, aws_elasticache_replication_group, aws_opensearch_domain, aws_elasticsearch_domain, aws_redshift_cluster, aws_dynamodb_table, aws_lambda_function, aws_s3_bucket, aws_efs_file_system, aws_kms_key, aws_secretsmanager_secret, azurerm_linux_virtual_machine, azurerm_windows_virtual_machine, azurerm_managed_disk, azurerm_kubernetes_cluster, azurerm_mssql_database, azurerm_public_ip, azurerm_lb, azurerm_service_plan, azurerm_storage_account, google_compute_instance, google_compute_disk, google_storage_bucket, google_compute_address]
#   rule_data: [cost_allocation_tags]
#   tags: [cost, finops, tagging]
#   why: "Cost reports, showback and budgets group spend by tags: an untagged resource's cost lands in no team's bill, so nobody answers for it and it is the last thing anyone removes."
#   remediation: "Add the keys to the resource's `tags` (`labels` on Google Cloud), or once for every AWS resource in the provider's `default_tags`. Name the keys in `.tollgate.yaml`: `rule_data: {cost_allocation_tags: [team, cost-center]}`."
#   example: |
#     provider "aws" {
#       region = "eu-west-1"
#       default_tags {
#         tags = {
#           team          = "payments"
#           "cost-center" = "cc-1234"
#         }
#       }
#     }
package tollgate.terraform.cost_allocation_tags_missing

import rego.v1

import data.tollgate.lib

required := {key | some key in object.get(data, ["tollgate", "rule_data", "cost_allocation_tags"], [])}

# Tag keys every AWS resource of the module gets from its providers' `default_tags`.
default_keys contains key if {
	some p in lib.items(input.resources)
	p.type == "provider"
	p.values.name == "aws"
	some block in lib.items(p.values.default_tags)
	some key, _ in lib.items(block.tags)
}

attribute(r) := "labels" if startswith(r.type, "google_")

attribute(r) := "tags" if not startswith(r.type, "google_")

# An attribute left to evaluation (a variable of the caller, a merge of module inputs) may hold the keys.
unknown_tags(r) if attribute(r) in r.unknown

keys(r) := {key | some key, _ in object.get(r.values, attribute(r), {})} | {key |
	startswith(r.type, "aws_")
	some key in default_keys
}

deny contains {"msg": msg, "address": r.address, "file": r.source.file} if {
	count(required) > 0
	some r in lib.items(input.resources)
	r.type != "provider"
	r.kind == "terraform"
	not unknown_tags(r)
	missing := required - keys(r)
	count(missing) > 0
	msg := sprintf("%s has no %s %s for cost allocation", [r.address, attribute(r), concat(", ", sort(missing))])
}
