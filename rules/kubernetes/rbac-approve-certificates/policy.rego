# METADATA
# title: Role can approve certificate signing requests
# description: "A Role or ClusterRole grants `update` on `certificatesigningrequests/approval`."
# custom:
#   id: K8S039
#   severity: high
#   resource_types: [Role, ClusterRole]
#   tags: [rbac, privilege]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.1.11"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "Approving a CSR issues a client certificate: with it the holder can authenticate as any user or node name it asked for."
#   remediation: "Leave CSR approval to the controller manager and to a reviewed approver for your own signers."
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata:
#       name: ops
#     rules:
#       - apiGroups: [certificates.k8s.io]
#         resources: [certificatesigningrequests]
#         verbs: [get, list, watch]
package tollgate.kubernetes.rbac_approve_certificates

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

watched := {"certificatesigningrequests/approval"}

deny contains {"msg": sprintf("%s can approve certificate signing requests", [input.address]), "attribute": sprintf("rules[%d]", [i])} if {
	input.type in {"Role", "ClusterRole"}
	some i, rule in lib.items(input.values.rules)
	is_object(rule)
	some resource in lib.items(rule.resources)
	resource in watched
	some verb in lib.items(rule.verbs)
	verb in {"update", "patch", "*"}
	some group in lib.items(object.get(rule, "apiGroups", [""]))
	group in {"certificates.k8s.io", "*"}
}
