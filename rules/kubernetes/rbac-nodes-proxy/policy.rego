# METADATA
# title: Role can reach nodes through the proxy subresource
# description: "A Role or ClusterRole grants `get` or `create` on `nodes/proxy`."
# custom:
#   id: K8S038
#   severity: high
#   resource_types: [Role, ClusterRole]
#   tags: [rbac, privilege]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.1.10"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "`nodes/proxy` talks to the kubelet API directly, past admission and audit: it can run commands in any pod on the node."
#   remediation: "Remove `nodes/proxy`; read node metrics through the metrics API (`nodes/metrics`, `nodes/stats` for monitoring agents)."
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata:
#       name: ops
#     rules:
#       - apiGroups: [""]
#         resources: [nodes, nodes/metrics]
#         verbs: [get]
package tollgate.kubernetes.rbac_nodes_proxy

import rego.v1

import data.tollgate.lib

watched := {"nodes/proxy"}

deny contains {"msg": sprintf("%s can reach kubelets through nodes/proxy", [input.address]), "attribute": sprintf("rules[%d]", [i])} if {
	input.type in {"Role", "ClusterRole"}
	some i, rule in lib.items(input.values.rules)
	is_object(rule)
	some resource in lib.items(rule.resources)
	resource in watched
	some verb in lib.items(rule.verbs)
	verb in {"get", "create", "*"}
	some group in lib.items(object.get(rule, "apiGroups", [""]))
	group in {"", "*"}
}
