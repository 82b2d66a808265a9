# METADATA
# title: IAM passwords do not expire within 90 days
# description: "The account password policy does not set `max_password_age` to 90 days or less."
# custom:
#   id: AWS109
#   severity: low
#   resource_types: [aws_iam_account_password_policy]
#   tags: [iam, passwords]
#   frameworks:
#     pci-dss-v4: ["8.3.9"]
#     nist-800-53: ["IA-5"]
#   why: "A password phished or reused elsewhere keeps working until someone notices. (NIST 800-63B prefers no forced expiry with breach screening; PCI DSS still requires 90 days for passwords used alone.)"
#   remediation: "Set `max_password_age = 90`, or waive the rule with the reason where MFA and breached-password screening apply."
#   example: |
#     resource "aws_iam_account_password_policy" "strict" {
#       minimum_password_length        = 14
#       max_password_age               = 90
#     }
package tollgate.aws.iam_password_policy_no_expiry

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets passwords live longer than 90 days", [input.address]), "attribute": "max_password_age"} if {
	input.type == "aws_iam_account_password_policy"
	age := to_number(object.get(input.values, "max_password_age", 0))
	not between(age)
	not lib.unknown("max_password_age")
}

between(age) if {
	age > 0
	age <= 90
}
