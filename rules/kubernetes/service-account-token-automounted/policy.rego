# METADATA
# title: Pod mounts a service account token it may not need
# description: "The pod spec does not set `automountServiceAccountToken: false`."
# custom:
#   id: K8S013
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   tags: [pod-security, rbac]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.1.6"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6"]
#   why: "A mounted token lets anyone who gets code execution in the pod call the Kubernetes API with the service account's rights."
#   remediation: "Set `automountServiceAccountToken: false` in the pod spec unless the application calls the Kubernetes API."
#   example: |
#     spec:
#       automountServiceAccountToken: false
#       containers:
#         - name: api
#           image: registry.example.com/api:3.0.1
package tollgate.kubernetes.service_account_token_automounted

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s mounts its service account token", [input.address]), "attribute": sprintf("%s.automountServiceAccountToken", [k8s.pod_spec.path]), "fix": {"set": {sprintf("%s.automountServiceAccountToken", [k8s.pod_spec.path]): false}, "risk": "medium"}} if {
	k8s.pod_spec.spec
	not k8s.pod_spec.spec.automountServiceAccountToken == false
}
