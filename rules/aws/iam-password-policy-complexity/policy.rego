# METADATA
# title: IAM password policy does not require mixed characters
# description: "The account password policy does not require lower-case, upper-case, numbers and symbols."
# custom:
#   id: AWS108
#   severity: low
#   resource_types: [aws_iam_account_password_policy]
#   tags: [iam, passwords]
#   frameworks:
#     pci-dss-v4: ["8.3.6"]
#     nist-800-53: ["IA-5"]
#   why: "Without character classes, users pick dictionary words that fall to guessing long before brute force."
#   remediation: "Set `require_lowercase_characters`, `require_uppercase_characters`, `require_numbers` and `require_symbols` to `true` (length matters more: keep 14 or more)."
#   example: |
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length        = 14
#       require_lowercase_characters   = true
#       require_uppercase_characters   = true
#       require_numbers                = true
#       require_symbols                = true
#     }
package tollgate.aws.iam_password_policy_complexity

import rego.v1

import data.tollgate.lib

classes := ["require_lowercase_characters", "require_uppercase_characters", "require_numbers", "require_symbols"]

deny contains {"msg": sprintf("%s does not set %s", [input.address, name]), "attribute": name, "fix": {"set": {name: true}, "risk": "low"}} if {
	input.type == "aws_iam_account_password_policy"
	some name in classes
	not input.values[name] == true
	not lib.unknown(name)
}
