# METADATA
# title: RDS instance in a single availability zone
# description: "The instance does not set `multi_az = true`."
# custom:
#   id: AWS114
#   severity: low
#   resource_types: [aws_db_instance, "AWS::RDS::DBInstance"]
#   tags: [rds, availability]
#   frameworks:
#     nist-800-53: ["CP-10"]
#     soc2: ["A1.2"]
#   why: "A single-AZ instance goes down with its zone and during maintenance; Multi-AZ fails over to a standby in about a minute."
#   remediation: "Set `multi_az = true` for production databases."
#   example: |
#     multi_az = true
package tollgate.aws.rds_instance_single_az

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s runs in a single availability zone", [input.address]), "attribute": "multi_az"} if {
	input.type == "aws_db_instance"
	not lib.truthy(object.get(input.values, ["multi_az"], null))
	not lib.non_production(input)
	not input.values.replicate_source_db
	not lib.unknown("replicate_source_db")
	not lib.unknown("multi_az")
}

deny contains {"msg": sprintf("%s runs in a single availability zone", [input.address]), "attribute": "MultiAZ"} if {
	input.type == "AWS::RDS::DBInstance"
	not lib.truthy(object.get(input.values, ["MultiAZ"], null))
	not lib.non_production(input)
	not input.values.SourceDBInstanceIdentifier
	not input.values.DBClusterIdentifier
}
