# METADATA
# title: IAM or RBAC changed outside the code
# description: An IAM role, policy, user, binding or a Kubernetes RBAC object differs from its declared configuration.
# custom:
#   id: DRIFT002
#   severity: high
#   drift: true
#   tags: [drift, iam]
#   frameworks:
#     nist-800-53: [AC-2, CM-3]
#     soc2: [CC6.3, CC8.1]
#     pci-dss-v4: ["7.2.1"]
#   why: Permissions granted by hand are the classic path to privilege escalation and are invisible in review. A wildcard (`*`) that appears only live is critical, as is any change in production.
#   remediation: Revert the change by applying the code, or codify it in a reviewed pull request if it was intended.
#   example: |
#     resource "aws_iam_role_policy" "deploy" {
#       policy = data.aws_iam_policy_document.deploy.json
#     }
package tollgate.drift.iam_changed

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.drift

iam_types := {
	"azurerm_role_assignment", "azurerm_role_definition", "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding",
	"AWS::IAM::Role", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::User", "AWS::IAM::Group",
}

iam_type if startswith(input.type, "aws_iam_")

iam_type if {
	startswith(input.type, "google_")
	contains(input.type, "_iam_")
}

iam_type if input.type in iam_types

deny contains {"msg": msg, "attribute": change.attribute, "severity": level(change)} if {
	iam_type
	some change in lib.items(drift.substantive_changes)
	msg := sprintf("%s: %s changed outside the code", [input.address, change.attribute])
}

wildcard(value) if {
	walk(value, [_, leaf])
	is_string(leaf)
	contains(leaf, "\"*\"")
}

wildcard(value) if {
	walk(value, [_, leaf])
	leaf == "*"
}

level(change) := "critical" if {
	wildcard(change.live)
	not wildcard(change.desired)
} else := "critical" if {
	drift.production
} else := "high"
