# METADATA
# title: Pod shares one process namespace among its containers
# description: "The pod spec sets `shareProcessNamespace: true`."
# custom:
#   id: K8S035
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   tags: [pod-security, isolation]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-39"]
#   why: "Every container then sees the others' processes, their environment (`/proc/<pid>/environ`) and filesystems: a compromised sidecar reads the application's secrets."
#   remediation: "Remove `shareProcessNamespace: true`; debug with `kubectl debug --target` instead."
#   example: |
#     spec:
#       containers:
#         - name: api
#           image: registry.example.com/api:3.0.1
package tollgate.kubernetes.pod_shares_process_namespace

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s shares one process namespace among its containers", [input.address]), "attribute": sprintf("%s.shareProcessNamespace", [k8s.pod_spec.path]), "fix": {"set": {sprintf("%s.shareProcessNamespace", [k8s.pod_spec.path]): false}, "risk": "low"}} if {
	k8s.pod_spec.spec.shareProcessNamespace == true
}
