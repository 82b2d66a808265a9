# METADATA
# title: Container has no CPU limit
# description: "A container sets no `resources.limits.cpu`."
# custom:
#   id: K8S024
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [resources, availability]
#   frameworks:
#     nsa-cisa-k8s: ["resource-limits"]
#     soc2: ["A1.1"]
#     nist-800-53: ["SC-6"]
#   why: "Without a CPU limit one busy or attacked container can starve its neighbours on the node of CPU time."
#   remediation: "Set `resources.limits.cpu` on every container (with requests), sized from its observed use."
#   example: |
#     resources:
#       requests: {cpu: 100m, memory: 128Mi}
#       limits: {cpu: 500m, memory: 256Mi}
package tollgate.kubernetes.container_without_cpu_limit

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s: container %s has no CPU limit", [input.address, c.container.name]), "attribute": c.path} if {
	some c in k8s.containers
	not startswith(c.path, sprintf("%s.ephemeralContainers", [k8s.pod_spec.path]))
	not c.container.resources.limits.cpu
}
