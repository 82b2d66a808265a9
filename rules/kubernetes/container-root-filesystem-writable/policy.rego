# METADATA
# title: Container root filesystem is writable
# description: "A container does not set `securityContext.readOnlyRootFilesystem: true`."
# custom:
#   id: K8S010
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   tags: [pod-security, immutability]
#   frameworks:
#     nsa-cisa-k8s: ["immutable-filesystem"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["CM-7", "SI-7"]
#   why: "A writable root filesystem lets an attacker who gets code execution drop tools and persist changes in the container."
#   remediation: "Set `readOnlyRootFilesystem: true` and mount an `emptyDir` where the application must write."
#   example: |
#     containers:
#       - name: api
#         image: registry.example.com/api:3.0.1
#         securityContext:
#           readOnlyRootFilesystem: true
package tollgate.kubernetes.container_root_filesystem_writable

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": msg, "attribute": sprintf("%s.securityContext", [c.path]), "fix": {"set": {sprintf("%s.securityContext.readOnlyRootFilesystem", [c.path]): true}, "risk": "medium"}} if {
	some c in k8s.containers
	not c.container.securityContext.readOnlyRootFilesystem == true
	msg := sprintf("container `%s` of %s has a writable root filesystem", [c.container.name, input.address])
}
