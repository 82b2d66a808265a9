# METADATA
# title: OpenSearch domain does not publish audit logs
# description: "No `log_publishing_options` of type `AUDIT_LOGS` is enabled."
# custom:
#   id: AWS165
#   severity: medium
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   tags: [opensearch, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#   why: "Audit logs record who searched, read and changed which index; without them, data access cannot be investigated."
#   remediation: "Add `log_publishing_options { log_type = \"AUDIT_LOGS\", cloudwatch_log_group_arn = ... }` and turn on audit logging in the security plugin."
#   example: |
#     log_publishing_options {
#       log_type                 = "AUDIT_LOGS"
#       cloudwatch_log_group_arn = aws_cloudwatch_log_group.opensearch_audit.arn
#     }
package tollgate.aws.opensearch_audit_logs_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not publish audit logs", [input.address]), "attribute": "log_publishing_options"} if {
	input.type in {"aws_opensearch_domain", "aws_elasticsearch_domain"}
	not audit_published
	not lib.unknown("log_publishing_options")
}

audit_published if {
	some option in lib.list(input.values, "log_publishing_options")
	option.log_type == "AUDIT_LOGS"
	object.get(option, "enabled", true) != false
}
