# METADATA
# title: Role can port-forward into pods
# description: "A Role or ClusterRole grants `create` on `pods/portforward`."
# custom:
#   id: K8S052
#   severity: medium
#   resource_types: [Role, ClusterRole]
#   tags: [rbac]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Port-forwarding reaches any port of any pod in scope, bypassing Services and network policies."
#   remediation: "Remove `pods/portforward`; expose what is needed through a Service with network policies."
#   example: |
#     rules:
#       - apiGroups: [""]
#         resources: ["pods", "pods/log"]
#         verbs: ["get", "list"]
package tollgate.kubernetes.rbac_pods_portforward

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s can port-forward into pods", [input.address]), "attribute": sprintf("rules[%d]", [i])} if {
	some i, rule in lib.items(input.values.rules)
	is_object(rule)
	"pods/portforward" in lib.items(rule.resources)
	some verb in lib.items(rule.verbs)
	verb in {"create", "*"}
}
