# METADATA
# title: Container runs with a user ID below 10000
# description: "`runAsUser` (container, or the pod's when the container sets none) is between 1 and 9999."
# custom:
#   id: K8S045
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, containers]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Low UIDs overlap with the node's own system users; a container that escapes runs as one of them. High UIDs map to nobody on the host."
#   remediation: "Set `runAsUser` to 10000 or above (and `runAsGroup` likewise)."
#   example: |
#     securityContext:
#       runAsNonRoot: true
#       runAsUser: 10001
#       runAsGroup: 10001
package tollgate.kubernetes.container_low_uid

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("container `%s` of %s runs as user %v, below 10000", [c.container.name, input.address, uid]), "attribute": sprintf("%s.securityContext.runAsUser", [c.path])} if {
	some c in k8s.containers
	uid := k8s.effective(c.container, "runAsUser")
	is_number(uid)
	uid > 0
	uid < 10000
}
