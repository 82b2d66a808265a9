# METADATA
# title: IAM password policy allows short passwords
# description: "The account password policy requires fewer than 14 characters."
# custom:
#   id: AWS014
#   severity: medium
#   resource_types: [aws_iam_account_password_policy]
#   tags: [iam, passwords]
#   frameworks:
#     cis-aws-v3.0: ["1.8"]
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["8.3.6"]
#     nist-800-53: ["IA-5"]
#   why: "Short console passwords fall to guessing and credential stuffing long before longer ones do."
#   remediation: "Set `minimum_password_length = 14` or more."
#   example: |
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length = 14
#       password_reuse_prevention = 24
#     }
package tollgate.aws.iam_password_policy_weak

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s allows passwords shorter than 14 characters", [input.address]), "attribute": "minimum_password_length", "fix": {"set": {"minimum_password_length": 14}, "risk": "low"}} if {
	input.type == "aws_iam_account_password_policy"
	not lib.unknown("minimum_password_length")
	object.get(input.values, "minimum_password_length", 6) < 14
}
