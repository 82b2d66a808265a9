# METADATA
# title: Binding to the system:masters group
# description: "A RoleBinding or ClusterRoleBinding names the group `system:masters` as a subject."
# custom:
#   id: K8S042
#   severity: high
#   resource_types: [RoleBinding, ClusterRoleBinding]
#   tags: [rbac, privilege]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.1.7"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "`system:masters` bypasses RBAC entirely and its members cannot be restricted by any binding removal: membership is for break-glass only."
#   remediation: "Bind a named group to a specific ClusterRole; leave `system:masters` to the cluster's bootstrap credentials."
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRoleBinding
#     metadata:
#       name: platform-admins
#     roleRef:
#       apiGroup: rbac.authorization.k8s.io
#       kind: ClusterRole
#       name: admin
#     subjects:
#       - kind: Group
#         name: platform-admins
#         apiGroup: rbac.authorization.k8s.io
package tollgate.kubernetes.rbac_system_masters_binding

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s binds the system:masters group", [input.address]), "attribute": sprintf("subjects[%d]", [i])} if {
	input.type in {"RoleBinding", "ClusterRoleBinding"}
	some i, subject in lib.items(input.values.subjects)
	is_object(subject)
	subject.kind == "Group"
	subject.name == "system:masters"
}
