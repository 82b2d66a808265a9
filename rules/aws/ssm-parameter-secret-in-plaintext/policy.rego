# METADATA
# title: SSM parameter holds a secret as plain text
# description: "A parameter named like a password, secret, token or key has `type = \"String\"` instead of `SecureString`."
# custom:
#   id: AWS069
#   severity: high
#   resource_types: [aws_ssm_parameter]
#   tags: [ssm, secrets, encryption]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1", "8.3.2"]
#     nist-800-53: ["SC-28", "IA-5(7)"]
#   why: "String parameters are stored unencrypted and shown in clear to anyone with `ssm:GetParameter` or console access."
#   remediation: "Set `type = \"SecureString\"` (the parameter is replaced) with a KMS key if other accounts read it."
#   example: |
#     resource "aws_ssm_parameter" "db_password" {
#       name  = "/app/db/password"
#       type  = "SecureString"
#       value = var.db_password
#     }
package tollgate.aws.ssm_parameter_secret_in_plaintext

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s stores a secret as plain text", [input.address]), "attribute": "type", "fix": {"set": {"type": "SecureString"}, "risk": "medium"}} if {
	input.type in {"aws_ssm_parameter"}
	input.values.type == "String"
	regex.match(`(?i)(password|passwd|secret|token|api_?key|private_?key|credential)`, input.values.name)
}
