# METADATA
# title: Pod sets a sysctl outside the safe set
# description: "The pod's `securityContext.sysctls` names a kernel parameter the Pod Security Standards do not count as safe."
# custom:
#   id: K8S026
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security]
#   frameworks:
#     pss-baseline: ["sysctls"]
#     cis-kubernetes-v1.9: ["5.7.3"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["CM-7"]
#   why: "Only a few sysctls are namespaced per pod; the others change the node's kernel for every pod on it, and some disable protections. The baseline profile allows the safe set only (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_local_reserved_ports, net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes)."
#   remediation: "Remove the sysctl, or set it on the nodes that need it instead of from the pod."
#   example: |
#     securityContext:
#       sysctls:
#         - name: net.ipv4.ip_local_port_range
#           value: "32768 60999"
package tollgate.kubernetes.unsafe_sysctls

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.kubernetes as k8s

safe := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
}

deny contains {"msg": sprintf("%s sets the unsafe sysctl %s", [input.address, sysctl.name]), "attribute": sprintf("%s.securityContext.sysctls[%d]", [k8s.pod_spec.path, i])} if {
	some i, sysctl in lib.list(k8s.pod_spec.spec.securityContext, "sysctls")
	is_string(sysctl.name)
	not sysctl.name in safe
}
