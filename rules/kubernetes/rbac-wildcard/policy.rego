# METADATA
# title: Role grants wildcard verbs or resources
# description: "A Role or ClusterRole rule uses `*` in its verbs or resources."
# custom:
#   id: K8S017
#   severity: medium
#   resource_types: [Role, ClusterRole]
#   tags: [rbac, least-privilege]
#   frameworks:
#     nsa-cisa-k8s: ["rbac-least-privilege"]
#     cis-kubernetes-v1.9: ["5.1.3"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "Wildcards grant every current and future verb or resource, including escalate, bind and impersonate, and resources added by new CRDs."
#   remediation: "List the verbs and resources the subject needs."
#   example: |
#     rules:
#       - apiGroups: ["apps"]
#         resources: ["deployments"]
#         verbs: ["get", "list", "patch"]
package tollgate.kubernetes.rbac_wildcard

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s grants `*` %s", [input.address, field]), "attribute": sprintf("rules[%d].%s", [i, field])} if {
	input.type in {"Role", "ClusterRole"}
	some i, rule in lib.items(input.values.rules)
	some field in ["verbs", "resources"]
	"*" in rule[field]
}
