# METADATA
# title: Pod shares the host's process or IPC namespace
# description: "The pod sets `hostPID: true` or `hostIPC: true`."
# custom:
#   id: K8S005
#   severity: high
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, isolation]
#   frameworks:
#     nsa-cisa-k8s: ["host-namespaces"]
#     pss-baseline: ["host-namespaces"]
#     cis-kubernetes-v1.9: ["5.2.3", "5.2.4"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-39"]
#   why: "Sharing the host PID namespace lets containers see and signal every process on the node; sharing IPC exposes the node's shared memory."
#   remediation: "Remove `hostPID` and `hostIPC` (they default to false)."
#   example: |
#     spec:
#       hostPID: false
#       hostIPC: false
package tollgate.kubernetes.host_pid_or_ipc

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s sets %s: true", [input.address, field]), "attribute": sprintf("%s.%s", [k8s.pod_spec.path, field]), "fix": {"set": {sprintf("%s.%s", [k8s.pod_spec.path, field]): false}, "risk": "medium"}} if {
	some field in ["hostPID", "hostIPC"]
	k8s.pod_spec.spec[field] == true
}
