# METADATA
# title: Role can create persistent volumes
# description: "A Role or ClusterRole grants `create` on `persistentvolumes`."
# custom:
#   id: K8S037
#   severity: medium
#   resource_types: [Role, ClusterRole]
#   tags: [rbac, privilege]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.1.9"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#   why: "A PersistentVolume can point at a hostPath: creating one mounts any directory of a node, the kubelet's credentials included, into a pod."
#   remediation: "Let users claim storage with PersistentVolumeClaims and a StorageClass; keep `create` on PersistentVolumes for the storage provisioners."
#   example: |
#     apiVersion: rbac.authorization.k8s.io/v1
#     kind: ClusterRole
#     metadata:
#       name: ops
#     rules:
#       - apiGroups: [""]
#         resources: [persistentvolumeclaims]
#         verbs: [create, delete]
package tollgate.kubernetes.rbac_create_persistent_volumes

import rego.v1

import data.tollgate.lib

watched := {"persistentvolumes"}

deny contains {"msg": sprintf("%s can create persistent volumes", [input.address]), "attribute": sprintf("rules[%d]", [i])} if {
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
