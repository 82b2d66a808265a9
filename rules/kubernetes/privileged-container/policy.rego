# METADATA
# title: Container runs privileged
# description: "A container sets `securityContext.privileged: true`."
# custom:
#   id: K8S001
#   severity: critical
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, containers]
#   frameworks:
#     nsa-cisa-k8s: ["privileged"]
#     pss-baseline: ["privileged"]
#     cis-kubernetes-v1.9: ["5.2.2"]
#     soc2: [CC6.8]
#     pci-dss-v4: ["2.2.1"]
#     nist-800-53: [AC-6, CM-7]
#   why: A privileged container has every capability and the host's devices; escaping to the node is trivial.
#   remediation: "Remove `privileged: true`; grant only the specific capabilities the workload needs."
#   example: |
#     securityContext:
#       privileged: false
#       allowPrivilegeEscalation: false
#       capabilities:
#         drop: ["ALL"]
package tollgate.kubernetes.privileged_container

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": msg, "attribute": sprintf("%s.securityContext.privileged", [c.path]), "fix": {"set": {sprintf("%s.securityContext.privileged", [c.path]): false}, "risk": "medium"}} if {
	some c in k8s.containers
	c.container.securityContext.privileged == true
	msg := sprintf("container `%s` of %s runs privileged", [c.container.name, input.address])
}
