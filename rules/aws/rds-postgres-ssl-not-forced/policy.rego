# METADATA
# title: RDS PostgreSQL parameter group turns rds.force_ssl off
# description: "A PostgreSQL parameter group sets `rds.force_ssl` to `0`."
# custom:
#   id: AWS169
#   severity: medium
#   resource_types: [aws_db_parameter_group, aws_rds_cluster_parameter_group]
#   tags: [rds, tls]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "With `rds.force_ssl = 0`, clients may send credentials and data in plain text (PostgreSQL 15 and later default to 1)."
#   remediation: "Set `rds.force_ssl` to `1`."
#   example: |
#     parameter {
#       name  = "rds.force_ssl"
#       value = "1"
#     }
package tollgate.aws.rds_postgres_ssl_not_forced

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets PostgreSQL clients connect without TLS", [input.address]), "attribute": sprintf("parameter[%d].value", [i])} if {
	input.type in {"aws_db_parameter_group", "aws_rds_cluster_parameter_group"}
	some i, parameter in lib.list(input.values, "parameter")
	parameter.name == "rds.force_ssl"
	sprintf("%v", [parameter.value]) in {"0", "false"}
}
