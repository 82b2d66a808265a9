# METADATA
# title: Subject bound to cluster-admin
# description: "A ClusterRoleBinding or RoleBinding grants the `cluster-admin` ClusterRole to a user, group or service account."
# custom:
#   id: K8S016
#   severity: high
#   resource_types: [ClusterRoleBinding, RoleBinding]
#   tags: [rbac, least-privilege]
#   frameworks:
#     nsa-cisa-k8s: ["rbac-least-privilege"]
#     cis-kubernetes-v1.9: ["5.1.1"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "cluster-admin can do anything in every namespace; a compromised subject owns the whole cluster."
#   remediation: "Bind a Role or ClusterRole with the verbs and resources the subject needs."
#   example: |
#     roleRef:
#       apiGroup: rbac.authorization.k8s.io
#       kind: ClusterRole
#       name: view
package tollgate.kubernetes.cluster_admin_binding

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s grants cluster-admin to %s %s", [input.address, subject.kind, subject.name]), "attribute": "roleRef.name"} if {
	input.type in {"ClusterRoleBinding", "RoleBinding"}
	input.values.roleRef.name == "cluster-admin"
	some subject in lib.items(input.values.subjects)
	not startswith(subject.name, "system:")
}
