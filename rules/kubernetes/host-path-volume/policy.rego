# METADATA
# title: Pod mounts a host path
# description: "The pod declares a `hostPath` volume."
# custom:
#   id: K8S006
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, isolation, storage]
#   frameworks:
#     nsa-cisa-k8s: ["host-path"]
#     pss-baseline: ["host-path"]
#     cis-kubernetes-v1.9: ["5.2.12"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6"]
#   why: "A host path gives the container the node's files: kubelet credentials, other pods' data, or the container runtime socket."
#   remediation: "Use a persistent volume claim, a ConfigMap, a Secret or an emptyDir instead."
#   example: |
#     volumes:
#       - name: cache
#         emptyDir: {}
package tollgate.kubernetes.host_path_volume

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s mounts the host path %s", [input.address, volume.hostPath.path]), "attribute": sprintf("%s.volumes[%d].hostPath", [k8s.pod_spec.path, i])} if {
	some i, volume in lib.items(k8s.pod_spec.spec.volumes)
	volume.hostPath
}
