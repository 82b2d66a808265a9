# METADATA
# title: Container allows privilege escalation
# description: A container does not set `securityContext.allowPrivilegeEscalation` to false.
# custom:
#   id: K8S004
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, containers]
#   frameworks:
#     nsa-cisa-k8s: ["privilege-escalation"]
#     pss-restricted: ["privilege-escalation"]
#     cis-kubernetes-v1.9: ["5.2.6"]
#     soc2: [CC6.8]
#     nist-800-53: [AC-6]
#   why: Without it, a process can gain more privileges than its parent (setuid binaries, file capabilities).
#   remediation: "Set `allowPrivilegeEscalation: false` in every container's securityContext."
#   example: |
#     securityContext:
#       allowPrivilegeEscalation: false
package tollgate.kubernetes.container_allows_privilege_escalation

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": msg, "attribute": sprintf("%s.securityContext", [c.path]), "fix": {"set": {sprintf("%s.securityContext.allowPrivilegeEscalation", [c.path]): false}, "risk": "medium"}} if {
	some c in k8s.containers
	not c.container.securityContext.allowPrivilegeEscalation == false
	msg := sprintf("container `%s` of %s allows privilege escalation", [c.container.name, input.address])
}
