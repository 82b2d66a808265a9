# METADATA
# title: Role can change admission webhooks
# description: "A Role or ClusterRole grants `create`, `update`, `patch` or `delete` on validating or mutating webhook configurations."
# custom:
#   id: K8S040
#   severity: high
#   resource_types: [Role, ClusterRole]
#   tags: [rbac, privilege]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.1.12"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "Admission webhooks see, and mutating ones rewrite, every object sent to the API: changing them removes policy enforcement or injects containers into any pod."
#   remediation: "Grant changes to webhook configurations only to the operators that own them, by resourceName."
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata:
#       name: ops
#     rules:
#       - apiGroups: [admissionregistration.k8s.io]
#         resources: [mutatingwebhookconfigurations]
#         verbs: [get, list, watch]
package tollgate.kubernetes.rbac_webhook_configurations

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

watched := {"validatingwebhookconfigurations", "mutatingwebhookconfigurations"}

deny contains {"msg": sprintf("%s can change admission webhook configurations", [input.address]), "attribute": sprintf("rules[%d]", [i])} if {
	input.type in {"Role", "ClusterRole"}
	some i, rule in lib.items(input.values.rules)
	is_object(rule)
	some resource in lib.items(rule.resources)
	resource in watched
	some verb in lib.items(rule.verbs)
	verb in {"create", "update", "patch", "delete", "*"}
	some group in lib.items(object.get(rule, "apiGroups", [""]))
	group in {"admissionregistration.k8s.io", "*"}
}
