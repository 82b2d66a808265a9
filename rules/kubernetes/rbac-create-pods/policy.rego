# METADATA
# title: Role can create pods
# description: "A Role or ClusterRole grants `create` on `pods`."
# custom:
#   id: K8S036
#   severity: medium
#   resource_types: [Role, ClusterRole]
#   tags: [rbac, privilege]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.1.4"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "Whoever can create a pod can run it as any service account of the namespace and mount any Secret there: creating pods is reading every secret of the namespace."
#   remediation: "Grant `create` on pods only to controllers and deployment pipelines; people deploy through workload objects reviewed in git."
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata:
#       name: ops
#     rules:
#       - apiGroups: [""]
#         resources: [pods]
#         verbs: [get, list, watch]
package tollgate.kubernetes.rbac_create_pods

import rego.v1

import data.tollgate.lib

watched := {"pods"}

deny contains {"msg": sprintf("%s can create pods", [input.address]), "attribute": sprintf("rules[%d]", [i])} if {
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
