# METADATA
# title: IAM password policy allows reusing recent passwords
# description: "The account password policy does not set `password_reuse_prevention` to 24."
# custom:
#   id: AWS107
#   severity: medium
#   resource_types: [aws_iam_account_password_policy]
#   tags: [iam, passwords]
#   frameworks:
#     cis-aws-v3.0: ["1.9"]
#     pci-dss-v4: ["8.3.7"]
#     nist-800-53: ["IA-5"]
#   why: "Users rotate back to a password they used before: a password that leaked once keeps working."
#   remediation: "Set `password_reuse_prevention = 24`."
#   example: |
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length        = 14
#       password_reuse_prevention      = 24
#     }
package tollgate.aws.iam_password_policy_reuse

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets users reuse recent passwords", [input.address]), "attribute": "password_reuse_prevention", "fix": {"set": {"password_reuse_prevention": 24}, "risk": "low"}} if {
	input.type == "aws_iam_account_password_policy"
	not to_number(object.get(input.values, "password_reuse_prevention", 0)) >= 24
	not lib.unknown("password_reuse_prevention")
}
