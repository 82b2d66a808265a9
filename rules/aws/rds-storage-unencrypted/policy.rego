# METADATA
# title: RDS storage is not encrypted
# description: "The database instance or Aurora cluster stores data without encryption at rest."
# custom:
#   id: AWS006
#   severity: high
#   resource_types: [aws_db_instance, aws_rds_cluster, "AWS::RDS::DBInstance", "AWS::RDS::DBCluster"]
#   tags: [rds, encryption, data-protection]
#   frameworks:
#     cis-aws-v3.0: ["2.3.1"]
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28"]
#   why: "Unencrypted database storage, snapshots and replicas expose every record to whoever can copy them; encryption cannot be turned on later without a restore."
#   remediation: "Set `storage_encrypted = true` (with `kms_key_id` for a customer key) when the database is created."
#   example: |
#     resource "aws_db_instance" "orders" {
#       engine            = "postgres"
#       instance_class    = "db.t3.medium"
#       storage_encrypted = true
#     }
package tollgate.aws.rds_storage_unencrypted

import rego.v1

import data.tollgate.lib

aurora(engine) if {
	is_string(engine)
	startswith(engine, "aurora")
}

deny contains {"msg": sprintf("%s does not encrypt its storage", [input.address]), "attribute": "storage_encrypted", "fix": {"set": {"storage_encrypted": true}, "risk": "high"}} if {
	input.type in {"aws_db_instance", "aws_rds_cluster"}
	lib.not_true(input.values, "storage_encrypted")
	# Aurora instances inherit the cluster's setting.
	not aurora(input.values.engine)
}

deny contains {"msg": sprintf("%s does not encrypt its storage", [input.address]), "attribute": "StorageEncrypted", "fix": {"set": {"StorageEncrypted": true}, "risk": "high"}} if {
	input.type in {"AWS::RDS::DBInstance", "AWS::RDS::DBCluster"}
	not input.values.StorageEncrypted in {true, "true"}
	not aurora(input.values.Engine)
}
