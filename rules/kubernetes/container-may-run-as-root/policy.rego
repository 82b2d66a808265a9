# METADATA
# title: Container may run as root
# description: "Neither the pod nor the container sets `securityContext.runAsNonRoot: true`."
# custom:
#   id: K8S011
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   tags: [pod-security, least-privilege]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.2.7"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6"]
#   why: "A process running as root inside the container is one kernel or runtime bug away from root on the node."
#   remediation: "Set `runAsNonRoot: true` in the container's (or the pod's) `securityContext`, with an image whose user is not root."
#   example: |
#     securityContext:
#       runAsNonRoot: true
#     containers:
#       - name: api
#         image: registry.example.com/api:3.0.1
package tollgate.kubernetes.container_may_run_as_root

import rego.v1

import data.tollgate.lib.kubernetes as k8s

pod_non_root if k8s.pod_spec.spec.securityContext.runAsNonRoot == true

deny contains {"msg": msg, "attribute": sprintf("%s.securityContext", [c.path]), "fix": {"set": {sprintf("%s.securityContext.runAsNonRoot", [c.path]): true}, "risk": "medium"}} if {
	some c in k8s.containers
	not pod_non_root
	not c.container.securityContext.runAsNonRoot == true
	msg := sprintf("container `%s` of %s may run as root (runAsNonRoot is not set)", [c.container.name, input.address])
}
