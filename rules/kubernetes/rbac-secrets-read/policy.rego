# METADATA
# title: Role can read Secrets
# description: "A Role or ClusterRole rule allows `get`, `list` or `watch` on `secrets`."
# custom:
#   id: K8S018
#   severity: medium
#   resource_types: [Role, ClusterRole]
#   tags: [rbac, secrets, least-privilege]
#   frameworks:
#     nsa-cisa-k8s: ["rbac-least-privilege"]
#     cis-kubernetes-v1.9: ["5.1.2"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6"]
#   why: "Reading Secrets yields credentials (service account tokens, database passwords, TLS keys) that reach beyond the cluster; `list` and `watch` return all of them at once."
#   remediation: "Grant access to the named Secrets the workload needs (`resourceNames`), or mount them instead of reading them from the API."
#   example: |
#     rules:
#       - apiGroups: [""]
#         resources: ["secrets"]
#         resourceNames: ["app-tls"]
#         verbs: ["get"]
package tollgate.kubernetes.rbac_secrets_read

import rego.v1

import data.tollgate.lib

read_verbs := {"get", "list", "watch", "*"}

deny contains {"msg": sprintf("%s can %s Secrets", [input.address, concat(", ", sort(verbs))]), "attribute": sprintf("rules[%d].verbs", [i])} if {
	input.type in {"Role", "ClusterRole"}
	some i, rule in lib.items(input.values.rules)
	some resource in lib.items(rule.resources)
	resource in {"secrets", "*"}
	object.get(rule, "apiGroups", [""])[_] in {"", "*"}
	verbs := {v | some v in lib.items(rule.verbs); v in read_verbs}
	count(verbs) > 0
	count(object.get(rule, "resourceNames", [])) == 0
	not "*" in rule.verbs
	not resource == "*"
}
