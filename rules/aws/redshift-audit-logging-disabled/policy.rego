# METADATA
# title: Redshift cluster without audit logging
# description: "The cluster has no `logging { enable = true }` block, and no `aws_redshift_logging` resource sits beside it."
# custom:
#   id: AWS120
#   severity: medium
#   resource_types: [aws_redshift_cluster, aws_redshift_logging, "AWS::Redshift::Cluster"]
#   tags: [redshift, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.2.1"]
#   scope: project
#   why: "Redshift audit logs record connections and queries; without them, who read which data cannot be answered."
#   remediation: "Add `logging { enable = true, log_destination_type = \"cloudwatch\" }` or an `aws_redshift_logging` resource."
#   example: |
#     logging {
#       enable               = true
#       log_destination_type = "cloudwatch"
#       log_exports          = ["connectionlog", "userlog", "useractivitylog"]
#     }
package tollgate.aws.redshift_audit_logging_disabled

import rego.v1

import data.tollgate.lib

# A project rule: the provider's `aws_redshift_logging` resource (beside the cluster) replaces the
# deprecated `logging` block, so the folder is judged as a whole.
deny contains {"msg": sprintf("%s does not write audit logs", [r.address]), "address": r.address, "file": r.source.file, "attribute": "logging"} if {
	some r in lib.items(input.resources)
	r.type == "aws_redshift_cluster"
	not lib.truthy(object.get(r.values, ["logging", 0, "enable"], null))
	not "logging" in lib.items(object.get(r, "unknown", []))
	not separate_logging
}

separate_logging if {
	some r in lib.items(input.resources)
	r.type == "aws_redshift_logging"
}

deny contains {"msg": sprintf("%s does not write audit logs", [r.address]), "address": r.address, "file": r.source.file, "attribute": "LoggingProperties"} if {
	some r in lib.items(input.resources)
	r.type == "AWS::Redshift::Cluster"
	not r.values.LoggingProperties
}
