# METADATA
# title: Redshift cluster does not take version upgrades
# description: "`allow_version_upgrade` is false."
# custom:
#   id: AWS122
#   severity: low
#   resource_types: [aws_redshift_cluster, "AWS::Redshift::Cluster"]
#   tags: [redshift, patching]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#   why: "A cluster that refuses engine upgrades keeps known vulnerabilities and bugs that AWS has fixed."
#   remediation: "Remove `allow_version_upgrade = false` (the default is true)."
#   example: |
#     allow_version_upgrade = true
package tollgate.aws.redshift_version_upgrade_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s refuses engine version upgrades", [input.address]), "attribute": "allow_version_upgrade", "fix": {"set": {"allow_version_upgrade": true}, "risk": "low"}} if {
	input.type == "aws_redshift_cluster"
	lib.falsy(object.get(input.values, ["allow_version_upgrade"], null))
	not lib.unknown("allow_version_upgrade")
}

deny contains {"msg": sprintf("%s refuses engine version upgrades", [input.address]), "attribute": "AllowVersionUpgrade"} if {
	input.type == "AWS::Redshift::Cluster"
	lib.falsy(object.get(input.values, ["AllowVersionUpgrade"], null))
}
