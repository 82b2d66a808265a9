# METADATA
# title: RDS automated backups are turned off
# description: "The backup retention period of an RDS instance or cluster is 0: no automated backups, no point-in-time restore."
# custom:
#   id: AWS023
#   severity: medium
#   resource_types: [aws_db_instance, aws_rds_cluster, "AWS::RDS::DBInstance"]
#   tags: [rds, backup, resilience]
#   frameworks:
#     soc2: ["A1.2"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     nist-800-53: ["CP-9"]
#   why: "With retention 0 a dropped table or a bad migration cannot be undone: there is no snapshot and no point-in-time restore."
#   remediation: "Set `backup_retention_period` to at least 7 days (read replicas may keep 0)."
#   example: |
#     resource "aws_db_instance" "app" {
#       engine                  = "postgres"
#       instance_class          = "db.t3.micro"
#       backup_retention_period = 7
#     }
package tollgate.aws.rds_backups_disabled

import rego.v1

import data.tollgate.lib

replica if input.values.replicate_source_db

# A source that is a reference (`module.master.db_instance_identifier`) is not known before apply.
replica if lib.unknown("replicate_source_db")

replica if input.values.SourceDBInstanceIdentifier

deny contains {"msg": sprintf("%s keeps no automated backups (retention 0)", [input.address]), "attribute": "backup_retention_period", "fix": {"set": {"backup_retention_period": 7}, "risk": "low", "cost_may_rise": true}} if {
	input.type in {"aws_db_instance", "aws_rds_cluster"}
	to_number(input.values.backup_retention_period) == 0
	not replica
}

deny contains {"msg": sprintf("%s keeps no automated backups (retention 0)", [input.address]), "attribute": "BackupRetentionPeriod", "fix": {"set": {"BackupRetentionPeriod": 7}, "risk": "low", "cost_may_rise": true}} if {
	input.type == "AWS::RDS::DBInstance"
	to_number(input.values.BackupRetentionPeriod) == 0
	not replica
}
