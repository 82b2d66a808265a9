# METADATA
# title: Role can impersonate users, groups or service accounts
# description: "A Role or ClusterRole grants `impersonate` on users, groups, serviceaccounts or `*`."
# custom:
#   id: K8S051
#   severity: high
#   resource_types: [Role, ClusterRole]
#   tags: [rbac]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-kubernetes-v1.9: ["5.1.8"]
#   why: "Impersonation acts as any identity named, including cluster admins: it is a full privilege escalation."
#   remediation: "Remove `impersonate`; grant the permissions needed directly."
#   example: |
#     rules:
#       - apiGroups: [""]
#         resources: ["pods"]
#         verbs: ["get", "list"]
package tollgate.kubernetes.rbac_impersonate

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s can impersonate %v", [input.address, resource]), "attribute": sprintf("rules[%d]", [i])} if {
	some i, rule in lib.items(input.values.rules)
	is_object(rule)
	some verb in lib.items(rule.verbs)
	verb in {"impersonate", "*"}
	some resource in lib.items(rule.resources)
	resource in {"users", "groups", "serviceaccounts", "userextras/*", "uids", "*"}
	not all_wildcards(rule)
}

# `*` verbs on `*` resources is reported by the wildcard rule already.
all_wildcards(rule) if {
	"*" in lib.items(rule.verbs)
	"*" in lib.items(rule.resources)
}
