# METADATA
# title: Live resource not managed by the code
# description: A live resource that no code declares (made by hand, by a script, or left behind).
# custom:
#   id: DRIFT007
#   severity: low
#   drift: true
#   tags: [drift, inventory]
#   frameworks:
#     nist-800-53: [CM-8]
#     soc2: [CC8.1]
#   why: Unmanaged resources escape review, tagging and cost ownership. Unmanaged IAM and network resources are weighed medium because they change who can reach what.
#   remediation: Import it into the code (`tollgate drift --fix import` writes an `import` block and a resource block), or delete it.
#   example: |
#     import {
#       to = aws_sqs_queue.made_by_hand
#       id = "https://sqs.eu-west-1.amazonaws.com/123456789012/made-by-hand"
#     }
package tollgate.drift.unmanaged_resource

import rego.v1

import data.tollgate.lib.drift

sensitive if startswith(input.type, "aws_iam_")

sensitive if startswith(input.type, "aws_security_group")

sensitive if input.type in {"google_compute_firewall", "azurerm_network_security_rule", "azurerm_role_assignment", "ClusterRoleBinding", "RoleBinding", "ClusterRole", "Role"}

deny contains {"msg": msg, "severity": level} if {
	input.drift.status == "unmanaged"
	level := severity
	msg := sprintf("%s is live but no code declares it", [input.address])
}

severity := "medium" if {
	sensitive
} else := "low"
