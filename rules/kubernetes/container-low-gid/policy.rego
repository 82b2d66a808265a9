# METADATA
# title: Container runs with a group ID below 10000
# description: "`runAsGroup` (container, or the pod's when the container sets none) is between 1 and 9999."
# custom:
#   id: K8S056
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, containers]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Low group IDs overlap with the node's own system groups; a container that escapes keeps their file access. High group IDs map to no group on the host."
#   remediation: "Set `runAsGroup` to 10000 or above."
#   example: |
#     securityContext:
#       runAsGroup: 10001
package tollgate.kubernetes.container_low_gid

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("container `%s` of %s runs with group %v, below 10000", [c.container.name, input.address, gid]), "attribute": sprintf("%s.securityContext.runAsGroup", [c.path])} if {
	some c in k8s.containers
	gid := k8s.effective(c.container, "runAsGroup")
	is_number(gid)
	gid > 0
	gid < 10000
}
