# METADATA
# title: Container mounts /proc unmasked
# description: "A container sets `securityContext.procMount: Unmasked`."
# custom:
#   id: K8S025
#   severity: high
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security]
#   frameworks:
#     pss-baseline: ["proc-mount"]
#     cis-kubernetes-v1.9: ["5.7.3"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["AC-6", "SC-39"]
#   why: "The runtime masks parts of /proc (kernel keys, timers, sysrq) so a container cannot read or write the host's kernel state; `Unmasked` removes that, which the Pod Security Standards' baseline forbids."
#   remediation: "Remove `procMount` or set it to `Default`."
#   example: |
#     securityContext:
#       procMount: Default
package tollgate.kubernetes.proc_mount_unmasked

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("container `%s` of %s mounts /proc unmasked", [c.container.name, input.address]), "attribute": sprintf("%s.securityContext.procMount", [c.path]), "fix": {"set": {sprintf("%s.securityContext.procMount", [c.path]): "Default"}, "risk": "medium"}} if {
	some c in k8s.containers
	c.container.securityContext.procMount == "Unmasked"
}
