# METADATA
# title: Role can escalate, bind or impersonate
# description: "A Role or ClusterRole grants the `escalate`, `bind` or `impersonate` verb."
# custom:
#   id: K8S033
#   severity: high
#   resource_types: [Role, ClusterRole]
#   tags: [rbac, privilege-escalation]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.1.8"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "`escalate` and `bind` let the holder grant themselves permissions they do not have; `impersonate` lets them act as any user, group or service account, cluster-admin included."
#   remediation: "Remove these verbs; only the cluster's RBAC management (and its operators) should hold them, through reviewed ClusterRoles."
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata:
#       name: rbac-viewer
#     rules:
#       - apiGroups: [rbac.authorization.k8s.io]
#         resources: [roles, rolebindings]
#         verbs: [get, list, watch]
package tollgate.kubernetes.rbac_escalation_verbs

import rego.v1

import data.tollgate.lib

escalation := {"escalate", "bind", "impersonate"}

deny contains {"msg": sprintf("%s can %s", [input.address, verb]), "attribute": sprintf("rules[%d].verbs", [i])} if {
	input.type in {"Role", "ClusterRole"}
	some i, rule in lib.items(input.values.rules)
	is_object(rule)
	some verb in lib.items(rule.verbs)
	verb in escalation
}
