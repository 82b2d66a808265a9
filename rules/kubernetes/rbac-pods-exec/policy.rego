# METADATA
# title: Role can exec or attach into pods
# description: "A Role or ClusterRole grants `create` (or `*`) on `pods/exec` or `pods/attach`."
# custom:
#   id: K8S032
#   severity: medium
#   resource_types: [Role, ClusterRole]
#   tags: [rbac, privilege]
#   frameworks:
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "Exec into a pod is a shell with the pod's service account token, secrets and network position: holders of the role can read or change anything the workloads can."
#   remediation: "Grant exec only to break-glass roles bound to named people, for the namespaces they support; use logs and ephemeral debug containers for routine support."
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: Role
#     metadata:
#       name: support
#       namespace: shop
#     rules:
#       - apiGroups: [""]
#         resources: [pods, pods/log]
#         verbs: [get, list]
package tollgate.kubernetes.rbac_pods_exec

import rego.v1

import data.tollgate.lib

exec_resources := {"pods/exec", "pods/attach", "pods/*", "*"}

deny contains {"msg": sprintf("%s can exec or attach into pods", [input.address]), "attribute": sprintf("rules[%d]", [i])} if {
	input.type in {"Role", "ClusterRole"}
	some i, rule in lib.items(input.values.rules)
	is_object(rule)
	some resource in lib.items(rule.resources)
	resource in exec_resources
	some verb in lib.items(rule.verbs)
	verb in {"create", "*"}
	some group in lib.items(object.get(rule, "apiGroups", [""]))
	group in {"", "*"}
	not resource == "*"
}
