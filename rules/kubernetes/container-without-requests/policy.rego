# METADATA
# title: Container has no CPU or memory request
# description: "A container sets no `resources.requests.cpu` or no `resources.requests.memory`."
# custom:
#   id: K8S023
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [resources, availability]
#   frameworks:
#     soc2: ["A1.1"]
#     nist-800-53: ["SC-6"]
#   why: "Without requests the scheduler places the pod as if it needed nothing: nodes are overcommitted, and under pressure the pod (BestEffort) is the first evicted."
#   remediation: "Set `resources.requests.cpu` and `resources.requests.memory` to what the container uses at steady state."
#   example: |
#     resources:
#       requests: {cpu: 100m, memory: 128Mi}
#       limits: {memory: 256Mi}
package tollgate.kubernetes.container_without_requests

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s: container %s requests no %s", [input.address, c.container.name, concat(" or ", missing)]), "attribute": c.path} if {
	some c in k8s.containers
	not startswith(c.path, sprintf("%s.ephemeralContainers", [k8s.pod_spec.path]))
	missing := [r | some r in ["cpu", "memory"]; not c.container.resources.requests[r]]
	count(missing) > 0
}
