# METADATA
# title: Workload runs as the namespace's default service account
# description: "The pod spec sets no `serviceAccountName` (or `default`)."
# custom:
#   id: K8S046
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [rbac, identity]
#   frameworks:
#     nsa-cisa-k8s: ["service-account-tokens"]
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     cis-kubernetes-v1.9: ["5.1.5"]
#   why: "Every pod without its own service account shares `default`: a role bound to it for one workload is granted to all of them."
#   remediation: "Create a service account per workload and set `serviceAccountName`."
#   example: |
#     spec:
#       serviceAccountName: checkout
package tollgate.kubernetes.default_service_account_used

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s runs as the default service account", [input.address]), "attribute": sprintf("%s.serviceAccountName", [k8s.pod_spec.path])} if {
	object.get(k8s.pod_spec.spec, "serviceAccountName", object.get(k8s.pod_spec.spec, "serviceAccount", "default")) == "default"
	not k8s.pod_spec.spec.automountServiceAccountToken == false
}
