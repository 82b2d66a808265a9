# METADATA
# title: Container adds dangerous Linux capabilities
# description: "The container adds ALL, SYS_ADMIN, NET_ADMIN, NET_RAW, SYS_PTRACE or SYS_MODULE."
# custom:
#   id: K8S007
#   severity: high
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, capabilities]
#   frameworks:
#     nsa-cisa-k8s: ["capabilities"]
#     pss-baseline: ["capabilities"]
#     cis-kubernetes-v1.9: ["5.2.8", "5.2.9"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6"]
#   why: "These capabilities let a container reconfigure the node's network, load kernel modules or escape to the host."
#   remediation: "Drop `ALL` and add back only the narrow capabilities the process needs (for example `NET_BIND_SERVICE`)."
#   example: |
#     securityContext:
#       capabilities:
#         drop: ["ALL"]
#         add: ["NET_BIND_SERVICE"]
package tollgate.kubernetes.dangerous_capabilities

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.kubernetes as k8s

dangerous := {"ALL", "SYS_ADMIN", "NET_ADMIN", "NET_RAW", "SYS_PTRACE", "SYS_MODULE"}

deny contains {"msg": sprintf("%s: container %s adds %s", [input.address, c.container.name, cap]), "attribute": sprintf("%s.securityContext.capabilities.add", [c.path])} if {
	some c in k8s.containers
	some cap in lib.list(object.get(c.container, ["securityContext", "capabilities"], {}), "add")
	upper(trim_prefix(sprintf("%v", [cap]), "CAP_")) in dangerous
}
