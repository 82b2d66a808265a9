# METADATA
# title: Declared resource is gone from the live estate
# description: A resource the code declares has no live counterpart; it was deleted outside the code or never applied.
# custom:
#   id: DRIFT006
#   severity: high
#   drift: true
#   tags: [drift, availability]
#   frameworks:
#     nist-800-53: [CM-3, CP-9]
#   why: A deleted resource is an outage or data loss waiting for the next apply to recreate it empty. Stores of data (databases, buckets, tables, volumes) are critical.
#   remediation: Find out why it was deleted; restore the data from backup before applying, or remove the resource from the code if the deletion was intended.
#   example: |
#     # intended deletion: remove the block and run `terraform apply`
package tollgate.drift.declared_resource_deleted

import rego.v1

import data.tollgate.lib.drift

data_stores := {
	"aws_db_instance", "aws_rds_cluster", "aws_s3_bucket", "aws_dynamodb_table", "aws_ebs_volume", "aws_efs_file_system",
	"aws_elasticache_replication_group", "aws_opensearch_domain", "aws_redshift_cluster",
	"azurerm_storage_account", "azurerm_mssql_database", "azurerm_postgresql_flexible_server", "azurerm_cosmosdb_account",
	"google_sql_database_instance", "google_storage_bucket", "google_bigquery_dataset", "google_compute_disk",
	"PersistentVolumeClaim", "StatefulSet", "AWS::RDS::DBInstance", "AWS::S3::Bucket", "AWS::DynamoDB::Table",
}

deny contains {"msg": msg, "severity": level} if {
	input.drift.status == "missing"
	level := severity
	msg := sprintf("%s is declared but not found live", [input.address])
}

severity := "critical" if {
	input.type in data_stores
} else := "high"
