# METADATA
# title: Long-running container has no readiness or liveness probe
# description: "A container of a Deployment, StatefulSet or DaemonSet sets neither `readinessProbe` nor `livenessProbe`."
# custom:
#   id: K8S019
#   severity: low
#   resource_types: [Deployment, StatefulSet, DaemonSet]
#   tags: [reliability]
#   frameworks:
#     soc2: ["A1.2"]
#   why: "Without probes, traffic reaches pods that are not ready and hung processes are never restarted."
#   remediation: "Add a `readinessProbe` (and a `livenessProbe` for processes that can hang) on the container's health endpoint."
#   example: |
#     readinessProbe:
#       httpGet:
#         path: /healthz
#         port: 8080
package tollgate.kubernetes.container_probes_missing

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("container `%s` of %s has no readiness or liveness probe", [c.container.name, input.address]), "attribute": c.path} if {
	input.type in {"Deployment", "StatefulSet", "DaemonSet"}
	some c in k8s.containers
	contains(c.path, ".containers[")
	not c.container.readinessProbe
	not c.container.livenessProbe
}
