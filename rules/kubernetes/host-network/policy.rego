# METADATA
# title: Pod shares the host network
# description: "The pod sets `hostNetwork: true`."
# custom:
#   id: K8S003
#   severity: high
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, network]
#   frameworks:
#     nsa-cisa-k8s: ["host-namespaces"]
#     pss-baseline: ["host-namespaces"]
#     cis-kubernetes-v1.9: ["5.2.5"]
#     soc2: [CC6.6]
#     nist-800-53: [SC-7]
#   why: Pods on the host network see all node traffic, bypass network policies and can bind node ports.
#   remediation: "Remove `hostNetwork: true`; expose the pod through a Service instead."
#   example: |
#     spec:
#       hostNetwork: false
package tollgate.kubernetes.host_network

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s shares the host network", [input.address]), "attribute": sprintf("%s.hostNetwork", [k8s.pod_spec.path]), "fix": {"set": {sprintf("%s.hostNetwork", [k8s.pod_spec.path]): false}, "risk": "medium"}} if {
	k8s.pod_spec.spec.hostNetwork == true
}
