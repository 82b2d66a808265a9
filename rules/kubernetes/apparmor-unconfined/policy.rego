# METADATA
# title: Container runs without AppArmor confinement
# description: "The pod or a container sets its AppArmor profile to `Unconfined` (`securityContext.appArmorProfile`, or the `container.apparmor.security.beta.kubernetes.io` annotation set to `unconfined`)."
# custom:
#   id: K8S027
#   severity: high
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security]
#   frameworks:
#     pss-baseline: ["apparmor"]
#     cis-kubernetes-v1.9: ["5.7.3"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["AC-6", "CM-7"]
#   why: "The runtime's default AppArmor profile blocks writes to /proc and /sys, mounts and raw kernel interfaces; an unconfined container keeps only the other layers. The Pod Security Standards' baseline forbids overriding the default with `Unconfined`."
#   remediation: "Remove the override, or use `RuntimeDefault` or a `Localhost` profile made for the workload."
#   example: |
#     securityContext:
#       appArmorProfile:
#         type: RuntimeDefault
package tollgate.kubernetes.apparmor_unconfined

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.kubernetes as k8s

annotation_prefix := "container.apparmor.security.beta.kubernetes.io/"

# The metadata that carries the pod's annotations.
pod_metadata := input.values.metadata if input.type == "Pod"

pod_metadata := input.values.spec.template.metadata if input.type in k8s.workload_kinds

pod_metadata := input.values.spec.jobTemplate.spec.template.metadata if input.type == "CronJob"

deny contains {"msg": sprintf("%s runs without AppArmor confinement", [input.address]), "attribute": sprintf("%s.securityContext.appArmorProfile.type", [k8s.pod_spec.path])} if {
	k8s.pod_spec.spec.securityContext.appArmorProfile.type == "Unconfined"
}

deny contains {"msg": sprintf("container `%s` of %s runs without AppArmor confinement", [c.container.name, input.address]), "attribute": sprintf("%s.securityContext.appArmorProfile.type", [c.path])} if {
	some c in k8s.containers
	c.container.securityContext.appArmorProfile.type == "Unconfined"
}

deny contains {"msg": sprintf("container `%s` of %s runs without AppArmor confinement (annotation)", [name, input.address]), "attribute": "metadata.annotations"} if {
	some key, value in lib.items(pod_metadata.annotations)
	startswith(key, annotation_prefix)
	value == "unconfined"
	name := substring(key, count(annotation_prefix), -1)
}
