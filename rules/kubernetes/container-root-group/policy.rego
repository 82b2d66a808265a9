# METADATA
# title: Container runs with the root group
# description: "`runAsGroup` (container, or the pod's when the container sets none) is 0, or the pod's `fsGroup` or `supplementalGroups` include 0."
# custom:
#   id: K8S055
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, containers]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Group 0 owns much of a node's filesystem; a process in it that escapes the container can read and write files owned by root's group."
#   remediation: "Set `runAsGroup` (and `fsGroup`) to a non-zero group, 10000 or above."
#   example: |
#     securityContext:
#       runAsGroup: 10001
#       fsGroup: 10001
package tollgate.kubernetes.container_root_group

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("container `%s` of %s runs with the root group", [c.container.name, input.address]), "attribute": sprintf("%s.securityContext.runAsGroup", [c.path])} if {
	some c in k8s.containers
	k8s.effective(c.container, "runAsGroup") == 0
}

deny contains {"msg": sprintf("%s gives its pods the root group through %s", [input.address, field]), "attribute": sprintf("%s.securityContext.%s", [k8s.pod_spec.path, field])} if {
	context := object.get(k8s.pod_spec.spec, "securityContext", {})
	some field in ["fsGroup", "supplementalGroups"]
	0 in root_groups(object.get(context, field, null))
}

root_groups(value) := {value} if is_number(value)

root_groups(value) := {g | some g in value} if is_array(value)
