# METADATA
# title: Container may run as root
# description: "Neither `runAsNonRoot: true` nor a non-zero `runAsUser` is in force for the container (its own `securityContext`, else the pod's)."
# custom:
#   id: K8S011
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   tags: [pod-security, least-privilege]
#   frameworks:
#     nsa-cisa-k8s: ["non-root"]
#     pss-restricted: ["run-as-non-root"]
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

# A container's setting wins over the pod's, which every container that sets none inherits (as the
# kubelet applies them): `runAsNonRoot: false` on a container overrides the pod's `true`.
non_root(container) if k8s.effective(container, "runAsNonRoot") == true

non_root(container) if {
	uid := k8s.effective(container, "runAsUser")
	is_number(uid)
	uid > 0
}

deny contains {"msg": msg, "attribute": sprintf("%s.securityContext", [c.path]), "fix": {"set": {sprintf("%s.securityContext.runAsNonRoot", [c.path]): true}, "risk": "medium"}} if {
	some c in k8s.containers
	not non_root(c.container)
	msg := sprintf("container `%s` of %s may run as root (neither runAsNonRoot nor a non-zero runAsUser is in force)", [c.container.name, input.address])
}
