# METADATA
# title: RDS database does not copy tags to snapshots
# description: "`copy_tags_to_snapshot` is not true."
# custom:
#   id: AWS115
#   severity: low
#   resource_types: [aws_db_instance, aws_rds_cluster, "AWS::RDS::DBInstance", "AWS::RDS::DBCluster"]
#   tags: [rds, backup, tagging]
#   frameworks:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#   why: "Snapshots without the database's tags escape tag-based ownership, cost allocation and retention policies."
#   remediation: "Set `copy_tags_to_snapshot = true`."
#   example: |
#     copy_tags_to_snapshot = true
package tollgate.aws.rds_copy_tags_to_snapshot_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not copy its tags to snapshots", [input.address]), "attribute": "copy_tags_to_snapshot", "fix": {"set": {"copy_tags_to_snapshot": true}, "risk": "low"}} if {
	input.type in {"aws_db_instance", "aws_rds_cluster"}
	not lib.truthy(object.get(input.values, ["copy_tags_to_snapshot"], null))
	not lib.unknown("copy_tags_to_snapshot")
}

deny contains {"msg": sprintf("%s does not copy its tags to snapshots", [input.address]), "attribute": "CopyTagsToSnapshot"} if {
	input.type in {"AWS::RDS::DBInstance", "AWS::RDS::DBCluster"}
	not lib.truthy(object.get(input.values, ["CopyTagsToSnapshot"], null))
}
