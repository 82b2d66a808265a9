# METADATA
# title: KMS key policy allows everyone
# description: "A key policy statement allows the principal `*` without a condition."
# custom:
#   id: AWS056
#   severity: critical
#   resource_types: [aws_kms_key, "AWS::KMS::Key"]
#   tags: [kms, encryption, access]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.6.1"]
#     nist-800-53: ["AC-3", "SC-12"]
#   why: "Anyone who can reach KMS can use or manage the key, and so decrypt whatever it protects."
#   remediation: "Name the principals (the account root and the roles that use the key), or add conditions such as `kms:CallerAccount`."
#   example: |
#     policy = jsonencode({
#       Version   = "2012-10-17"
#       Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*" }]
#     })
package tollgate.aws.kms_key_policy_open

import rego.v1

import data.tollgate.lib.aws

open_statement(policy) if {
	some statement in aws.statements(policy)
	statement.Effect == "Allow"
	aws.everyone(statement.Principal)
	not statement.Condition
}

deny contains {"msg": sprintf("%s has a key policy that allows everyone", [input.address]), "attribute": "policy"} if {
	input.type == "aws_kms_key"
	open_statement(input.values.policy)
}

deny contains {"msg": sprintf("%s has a key policy that allows everyone", [input.address]), "attribute": "KeyPolicy"} if {
	input.type == "AWS::KMS::Key"
	open_statement(input.values.KeyPolicy)
}
