# METADATA
# title: Pod mounts a volume type the restricted profile does not allow
# description: "The pod uses a volume type other than configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret (host paths are K8S006's)."
# custom:
#   id: K8S031
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security]
#   frameworks:
#     pss-restricted: ["volume-types"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["AC-6", "CM-7"]
#   why: "In-tree volume plugins (nfs, iscsi, rbd, cephfs, glusterfs, cloud disks) mount storage from the node's kernel with the node's credentials, around the storage access the cluster grants through claims; the Pod Security Standards' restricted profile allows only the volume types that go through the cluster's own objects."
#   remediation: "Reach the storage through a PersistentVolumeClaim (or a CSI driver) instead of naming it in the pod."
#   example: |
#     volumes:
#       - name: data
#         persistentVolumeClaim:
#           claimName: data
package tollgate.kubernetes.restricted_volume_types

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.kubernetes as k8s

allowed := {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}

deny contains {"msg": sprintf("%s mounts a %s volume (%s)", [input.address, kind, volume.name]), "attribute": sprintf("%s.volumes[%d]", [k8s.pod_spec.path, i])} if {
	some i, volume in lib.list(k8s.pod_spec.spec, "volumes")
	is_object(volume)
	some kind, _ in volume
	kind != "name"
	kind != "hostPath"
	not kind in allowed
}
