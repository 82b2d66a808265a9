# METADATA
# title: Container runs without a seccomp profile
# description: "Neither the pod nor the container sets `securityContext.seccompProfile.type` to `RuntimeDefault` or `Localhost`."
# custom:
#   id: K8S012
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   tags: [pod-security, syscalls]
#   frameworks:
#     nsa-cisa-k8s: ["seccomp"]
#     pss-baseline: ["seccomp"]
#     pss-restricted: ["seccomp"]
#     cis-kubernetes-v1.9: ["5.7.2"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["CM-7"]
#   why: "Without seccomp the container can make every system call the kernel offers, including the rarely used ones most kernel exploits need."
#   remediation: "Set `seccompProfile: {type: RuntimeDefault}` in the pod's or the container's `securityContext`."
#   example: |
#     securityContext:
#       seccompProfile:
#         type: RuntimeDefault
package tollgate.kubernetes.seccomp_profile_unset

import rego.v1

import data.tollgate.lib.kubernetes as k8s

confined(context) if context.seccompProfile.type in {"RuntimeDefault", "Localhost"}

deny contains {"msg": msg, "attribute": sprintf("%s.securityContext", [c.path]), "fix": {"set": {sprintf("%s.securityContext.seccompProfile.type", [c.path]): "RuntimeDefault"}, "risk": "low"}} if {
	some c in k8s.containers
	not confined(k8s.pod_spec.spec.securityContext)
	not confined(c.container.securityContext)
	msg := sprintf("container `%s` of %s runs without a seccomp profile", [c.container.name, input.address])
}
