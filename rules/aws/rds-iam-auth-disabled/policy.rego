# METADATA
# title: RDS database without IAM authentication
# description: "A MySQL or PostgreSQL RDS instance or cluster does not accept IAM database authentication."
# custom:
#   id: AWS022
#   severity: medium
#   resource_types: [aws_db_instance, aws_rds_cluster, "AWS::RDS::DBInstance", "AWS::RDS::DBCluster"]
#   tags: [rds, iam, authentication]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["8.3.1"]
#     nist-800-53: ["IA-2", "AC-2"]
#   why: "Without IAM authentication every client holds a long-lived database password; IAM tokens are short-lived, audited in CloudTrail and revoked with the role."
#   remediation: "Set `iam_database_authentication_enabled = true` and grant `rds-db:connect` to the roles that connect."
#   example: |
#     resource "aws_db_instance" "app" {
#       engine                              = "postgres"
#       instance_class                      = "db.t3.micro"
#       allocated_storage                   = 20
#       iam_database_authentication_enabled = true
#     }
package tollgate.aws.rds_iam_auth_disabled

import rego.v1

import data.tollgate.lib

supported(engine) if {
	is_string(engine)
	regex.match(`^(aurora-)?(mysql|postgres|postgresql)$`, engine)
}

# Instances of an Aurora cluster take the cluster's setting.
aurora_instance if {
	input.type == "aws_db_instance"
	startswith(input.values.engine, "aurora")
}

deny contains {"msg": sprintf("%s does not accept IAM database authentication", [input.address]), "attribute": "iam_database_authentication_enabled", "fix": {"set": {"iam_database_authentication_enabled": true}, "risk": "low"}} if {
	input.type in {"aws_db_instance", "aws_rds_cluster"}
	supported(input.values.engine)
	not aurora_instance
	lib.not_true(input.values, "iam_database_authentication_enabled")
}

deny contains {"msg": sprintf("%s does not accept IAM database authentication", [input.address]), "attribute": "EnableIAMDatabaseAuthentication", "fix": {"set": {"EnableIAMDatabaseAuthentication": true}, "risk": "low"}} if {
	input.type in {"AWS::RDS::DBInstance", "AWS::RDS::DBCluster"}
	supported(input.values.Engine)
	not input.values.DBClusterIdentifier
	not input.values.EnableIAMDatabaseAuthentication in {true, "true"}
}
