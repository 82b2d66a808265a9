# METADATA
# title: Pod mounts a service account token it may not need
# description: "The pod spec does not set `automountServiceAccountToken: false`, and the ServiceAccount it runs as (in the same folder) does not either; a pod that sets `true` mounts the token whatever its ServiceAccount says."
# custom:
#   id: K8S013
#   severity: low
#   scope: project
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ServiceAccount]
#   tags: [pod-security, rbac]
#   frameworks:
#     nsa-cisa-k8s: ["service-account-tokens"]
#     cis-kubernetes-v1.9: ["5.1.6"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6"]
#   why: "A mounted token lets anyone who gets code execution in the pod call the Kubernetes API with the service account's rights."
#   remediation: "Set `automountServiceAccountToken: false` in the pod spec, or on the ServiceAccount the pod runs as, unless the application calls the Kubernetes API. Kubernetes lets the pod's setting win: the ServiceAccount's `false` counts only when the pod sets nothing. A ServiceAccount in another folder is not seen: set it on the pod then."
#   example: |
#     spec:
#       automountServiceAccountToken: false
#       containers:
#         - name: api
#           image: registry.example.com/api:3.0.1
package tollgate.kubernetes.service_account_token_automounted

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

# ServiceAccounts that do not mount their token, as [namespace, name]. (The head holds only values
# the body has bound: regorus drops the whole set when a head term is undefined.)
accounts_off contains [namespace, name] if {
	some r in lib.items(input.resources)
	r.type == "ServiceAccount"
	r.values.automountServiceAccountToken == false
	name := r.values.metadata.name
	is_string(name)
	namespace := k8s.namespace_of(r)
}

# The ServiceAccount a pod runs as (`default` when it names none).
account(spec) := spec.serviceAccountName if is_string(spec.serviceAccountName)

account(spec) := spec.serviceAccount if {
	not is_string(spec.serviceAccountName)
	is_string(spec.serviceAccount)
}

account(spec) := "default" if {
	not is_string(spec.serviceAccountName)
	not is_string(spec.serviceAccount)
}

# The pod takes its ServiceAccount's `false` when it sets nothing itself.
inherits_off(r, spec) if {
	is_object(spec)
	not "automountServiceAccountToken" in object.keys(spec)
	[k8s.namespace_of(r), account(spec)] in accounts_off
}

deny contains {"msg": sprintf("%s mounts its service account token", [r.address]), "address": r.address, "file": r.source.file, "attribute": sprintf("%s.automountServiceAccountToken", [pod.path]), "fix": {"set": {sprintf("%s.automountServiceAccountToken", [pod.path]): false}, "risk": "medium"}} if {
	some r in lib.items(input.resources)
	pod := k8s.pod_spec_of(r)
	is_object(pod.spec)
	not pod.spec.automountServiceAccountToken == false
	not inherits_off(r, pod.spec)
}
