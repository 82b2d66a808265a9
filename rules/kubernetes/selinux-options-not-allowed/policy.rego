# METADATA
# title: Pod sets a custom SELinux user, role or type
# description: "The pod or a container sets `seLinuxOptions` with a `user` or `role`, or a `type` other than the container types the Pod Security Standards allow."
# custom:
#   id: K8S030
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security]
#   frameworks:
#     pss-baseline: ["selinux"]
#     cis-kubernetes-v1.9: ["5.7.3"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["AC-6", "AC-3"]
#   why: "An SELinux label chooses what a container may touch on the node; a custom user, role or type (such as `spc_t`) can lift the confinement the container types give. The baseline profile allows only `container_t`, `container_init_t`, `container_kvm_t` and `container_engine_t`."
#   remediation: "Remove `seLinuxOptions.user` and `role`, and use one of the container types (or none)."
#   example: |
#     securityContext:
#       seLinuxOptions:
#         level: "s0:c123,c456"
package tollgate.kubernetes.selinux_options_not_allowed

import rego.v1

import data.tollgate.lib.kubernetes as k8s

allowed_types := {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

# The settings that are not allowed in one seLinuxOptions object.
not_allowed(options) := {setting |
	some setting in ["user", "role", "type"]
	bad(options, setting)
}

bad(options, "user") if options.user

bad(options, "role") if options.role

bad(options, "type") if {
	is_string(options.type)
	not options.type in allowed_types
}

deny contains {"msg": sprintf("%s sets SELinux %s", [input.address, concat(", ", sort(bad))]), "attribute": sprintf("%s.securityContext.seLinuxOptions", [k8s.pod_spec.path])} if {
	bad := not_allowed(k8s.pod_spec.spec.securityContext.seLinuxOptions)
	count(bad) > 0
}

deny contains {"msg": sprintf("container `%s` of %s sets SELinux %s", [c.container.name, input.address, concat(", ", sort(bad))]), "attribute": sprintf("%s.securityContext.seLinuxOptions", [c.path])} if {
	some c in k8s.containers
	bad := not_allowed(c.container.securityContext.seLinuxOptions)
	count(bad) > 0
}
