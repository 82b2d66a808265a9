# METADATA
# title: Container has no memory limit
# description: "A container sets no `resources.limits.memory`."
# custom:
#   id: K8S008
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [resources, availability]
#   frameworks:
#     nsa-cisa-k8s: ["resource-limits"]
#     soc2: ["A1.1"]
#     nist-800-53: ["SC-6"]
#   why: "Without a limit one leaking or attacked container can take the node's memory and get its neighbours evicted."
#   remediation: "Set `resources.limits.memory` (and requests) on every container."
#   example: |
#     resources:
#       requests: {cpu: 100m, memory: 128Mi}
#       limits: {memory: 256Mi}
package tollgate.kubernetes.container_without_memory_limit

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s: container %s has no memory limit", [input.address, c.container.name]), "attribute": c.path} if {
	some c in k8s.containers
	not startswith(c.path, sprintf("%s.ephemeralContainers", [k8s.pod_spec.path]))
	not c.container.resources.limits.memory
}
