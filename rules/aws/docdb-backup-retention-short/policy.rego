# METADATA
# title: DocumentDB cluster keeps backups for less than 7 days
# description: "`backup_retention_period` is below 7 (the default is 1)."
# custom:
#   id: AWS137
#   severity: low
#   resource_types: [aws_docdb_cluster, "AWS::DocDB::DBCluster"]
#   tags: [docdb, backup]
#   frameworks:
#     nist-800-53: ["CP-9"]
#     soc2: ["A1.2"]
#   why: "With one day of backups, corruption noticed after a weekend can no longer be rolled back."
#   remediation: "Set `backup_retention_period = 7` or more."
#   example: |
#     backup_retention_period = 7
package tollgate.aws.docdb_backup_retention_short

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps backups for less than 7 days", [input.address]), "attribute": "backup_retention_period", "fix": {"set": {"backup_retention_period": 7}, "risk": "low"}} if {
	input.type == "aws_docdb_cluster"
	to_number(object.get(input.values, ["backup_retention_period"], 1)) < 7
	not lib.unknown("backup_retention_period")
}

deny contains {"msg": sprintf("%s keeps backups for less than 7 days", [input.address]), "attribute": "BackupRetentionPeriod"} if {
	input.type == "AWS::DocDB::DBCluster"
	to_number(object.get(input.values, ["BackupRetentionPeriod"], 1)) < 7
}
