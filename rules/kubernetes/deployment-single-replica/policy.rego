# METADATA
# title: Deployment runs a single replica
# description: "`spec.replicas` is 1 on a production Deployment without an autoscaler."
# custom:
#   id: K8S054
#   severity: low
#   resource_types: [Deployment, StatefulSet]
#   tags: [reliability, availability]
#   frameworks:
#     nist-800-53: ["CP-10"]
#     soc2: ["A1.2"]
#   why: "One replica means every node drain, eviction or crash is an outage."
#   remediation: "Run at least two replicas (with a PodDisruptionBudget), or let a HorizontalPodAutoscaler manage the count."
#   example: |
#     spec:
#       replicas: 2
package tollgate.kubernetes.deployment_single_replica

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s runs a single replica", [input.address]), "attribute": "spec.replicas"} if {
	input.values.spec.replicas == 1
	not lib.non_production(input)
}
