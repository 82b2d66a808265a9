# METADATA
# title: SSM document shared publicly
# description: "`permissions.account_ids` is `All`."
# custom:
#   id: AWS151
#   severity: high
#   resource_types: [aws_ssm_document]
#   tags: [ssm, public-access]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Public documents are listed to everyone; their commands, parameters and embedded details reveal how your estate is run."
#   remediation: "Share with specific account IDs, or remove `permissions`."
#   example: |
#     permissions = {
#       type        = "Share"
#       account_ids = "123456789012"
#     }
package tollgate.aws.ssm_document_public

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is shared with every AWS account", [input.address]), "attribute": "permissions.account_ids"} if {
	input.type == "aws_ssm_document"
	lower(sprintf("%v", [object.get(input.values, ["permissions", "account_ids"], null)])) in {"all"}
	not lib.unknown("permissions")
}
