# METADATA
# title: Container runs as user 0 (root)
# description: "The pod or container sets `runAsUser: 0`."
# custom:
#   id: K8S009
#   severity: high
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, root]
#   frameworks:
#     nsa-cisa-k8s: ["non-root"]
#     pss-restricted: ["run-as-user"]
#     cis-kubernetes-v1.9: ["5.2.6"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6"]
#   why: "A process running as root in the container is root on the node as soon as anything breaks the container boundary."
#   remediation: "Run as a non-zero UID (`runAsUser: 10001`) with `runAsNonRoot: true`."
#   example: |
#     securityContext:
#       runAsNonRoot: true
#       runAsUser: 10001
package tollgate.kubernetes.container_runs_as_uid_0

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s runs as user 0", [input.address]), "attribute": sprintf("%s.securityContext.runAsUser", [k8s.pod_spec.path])} if {
	k8s.pod_spec.spec.securityContext.runAsUser == 0
}

deny contains {"msg": sprintf("%s: container %s runs as user 0", [input.address, c.container.name]), "attribute": sprintf("%s.securityContext.runAsUser", [c.path])} if {
	some c in k8s.containers
	c.container.securityContext.runAsUser == 0
}
