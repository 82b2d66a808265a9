# Helpers for Kubernetes rules: the pod spec of any workload kind and its containers, with attribute paths.
package tollgate.lib.kubernetes

import rego.v1

import data.tollgate.lib

workload_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController"}

pod_spec := {"path": "spec", "spec": input.values.spec} if input.type == "Pod"

pod_spec := {"path": "spec.template.spec", "spec": input.values.spec.template.spec} if {
	input.type in workload_kinds
}

pod_spec := {"path": "spec.jobTemplate.spec.template.spec", "spec": input.values.spec.jobTemplate.spec.template.spec} if {
	input.type == "CronJob"
}

# Every container (init and ephemeral too) with its attribute path.
containers contains {"container": container, "path": sprintf("%s.%s[%d]", [pod_spec.path, kind, i])} if {
	some kind in ["containers", "initContainers", "ephemeralContainers"]
	some i, container in lib.list(pod_spec.spec, kind)
	is_object(container)
}
