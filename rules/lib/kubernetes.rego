# Helpers for Kubernetes rules: the pod spec of any workload kind and its containers, with attribute paths.
package tollgate.lib.kubernetes

import rego.v1

import data.tollgate.lib

workload_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController"}

# The pod spec of the resource judged, with its attribute path.
pod_spec := pod_spec_of(input)

# Every container (init and ephemeral too) with its attribute path.
containers contains {"container": container, "path": sprintf("%s.%s[%d]", [pod_spec.path, kind, i])} if {
	some kind in ["containers", "initContainers", "ephemeralContainers"]
	some i, container in lib.list(pod_spec.spec, kind)
	is_object(container)
}

# The pod spec of any resource (project rules see every resource of a folder): its attribute path
# and the spec; undefined for kinds without one.
pod_spec_of(r) := {"path": "spec", "spec": r.values.spec} if r.type == "Pod"

pod_spec_of(r) := {"path": "spec.template.spec", "spec": r.values.spec.template.spec} if {
	r.type in workload_kinds
}

pod_spec_of(r) := {"path": "spec.jobTemplate.spec.template.spec", "spec": r.values.spec.jobTemplate.spec.template.spec} if {
	r.type == "CronJob"
}

# A manifest's namespace (`default` when it names none).
namespace_of(r) := r.values.metadata.namespace if is_string(r.values.metadata.namespace)

namespace_of(r) := "default" if not is_string(r.values.metadata.namespace)

# A container's security setting as in force: its own `securityContext` field, else the pod's (a
# pod-level `runAsUser`, `runAsGroup`, `runAsNonRoot`... applies to every container that does not
# set it). Undefined when neither sets it.
effective(container, field) := container.securityContext[field] if {
	is_object(container.securityContext)
	object.get(container.securityContext, field, null) != null
}

effective(container, field) := pod_spec.spec.securityContext[field] if {
	object.get(object.get(container, "securityContext", {}), field, null) == null
	is_object(pod_spec.spec.securityContext)
}
