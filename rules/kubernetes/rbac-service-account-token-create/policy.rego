# METADATA
# title: Role can mint service account tokens
# description: "A Role or ClusterRole grants `create` on `serviceaccounts/token`."
# custom:
#   id: K8S041
#   severity: medium
#   resource_types: [Role, ClusterRole]
#   tags: [rbac, privilege]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.1.13"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "Creating a token for a service account is acting as it: the holder gains every permission any service account of the scope has."
#   remediation: "Grant `serviceaccounts/token` only to the components that issue tokens, limited by `resourceNames`."
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata:
#       name: ops
#     rules:
#       - apiGroups: [""]
#         resources: [serviceaccounts]
#         verbs: [get, list]
package tollgate.kubernetes.rbac_service_account_token_create

import rego.v1

import data.tollgate.lib

watched := {"serviceaccounts/token"}

deny contains {"msg": sprintf("%s can mint service account tokens", [input.address]), "attribute": sprintf("rules[%d]", [i])} if {
	input.type in {"Role", "ClusterRole"}
	some i, rule in lib.items(input.values.rules)
	is_object(rule)
	some resource in lib.items(rule.resources)
	resource in watched
	some verb in lib.items(rule.verbs)
	verb in {"create", "*"}
	some group in lib.items(object.get(rule, "apiGroups", [""]))
	group in {"", "*"}
}
