# METADATA
# title: Container keeps the default Linux capabilities
# description: "A container does not drop `ALL` capabilities in `securityContext.capabilities.drop`."
# custom:
#   id: K8S020
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   tags: [pod-security, least-privilege]
#   frameworks:
#     nsa-cisa-k8s: ["capabilities"]
#     pss-restricted: ["capabilities"]
#     cis-kubernetes-v1.9: ["5.2.9"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["AC-6", "CM-7"]
#   why: "The default set (NET_RAW, CHOWN, SETUID and others) lets a compromised process spoof packets and change file ownership; few applications need any of it."
#   remediation: "Set `capabilities: {drop: [\"ALL\"]}` and add back only what the application needs."
#   example: |
#     securityContext:
#       capabilities:
#         drop: ["ALL"]
package tollgate.kubernetes.container_capabilities_not_dropped

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.kubernetes as k8s

drops_all(container) if {
	some capability in lib.items(container.securityContext.capabilities.drop)
	upper(capability) == "ALL"
}

deny contains {"msg": sprintf("container `%s` of %s keeps the default capabilities", [c.container.name, input.address]), "attribute": sprintf("%s.securityContext", [c.path])} if {
	some c in k8s.containers
	not drops_all(c.container)
}
