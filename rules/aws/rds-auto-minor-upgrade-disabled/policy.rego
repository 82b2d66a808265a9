# METADATA
# title: RDS instance does not take minor version upgrades
# description: "`auto_minor_version_upgrade` is false: security patches of the engine are not applied in the maintenance window."
# custom:
#   id: AWS024
#   severity: low
#   resource_types: [aws_db_instance, "AWS::RDS::DBInstance"]
#   tags: [rds, patching]
#   frameworks:
#     cis-aws-v3.0: ["2.3.2"]
#     soc2: ["CC7.1"]
#     nist-800-53: ["SI-2"]
#   why: "Minor versions carry the engine's security fixes; without automatic upgrades known vulnerabilities stay until someone upgrades by hand."
#   remediation: "Remove `auto_minor_version_upgrade = false` (the default is true) or set it to true."
#   example: |
#     resource "aws_db_instance" "app" {
#       engine                     = "postgres"
#       instance_class             = "db.t3.micro"
#       auto_minor_version_upgrade = true
#     }
package tollgate.aws.rds_auto_minor_upgrade_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not take minor version upgrades", [input.address]), "attribute": "auto_minor_version_upgrade", "fix": {"set": {"auto_minor_version_upgrade": true}, "risk": "low"}} if {
	input.type == "aws_db_instance"
	input.values.auto_minor_version_upgrade == false
}

deny contains {"msg": sprintf("%s does not take minor version upgrades", [input.address]), "attribute": "AutoMinorVersionUpgrade", "fix": {"set": {"AutoMinorVersionUpgrade": true}, "risk": "low"}} if {
	input.type == "AWS::RDS::DBInstance"
	input.values.AutoMinorVersionUpgrade in {false, "false"}
}
