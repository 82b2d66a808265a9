# METADATA
# title: Container binds a port on the node
# description: "A container port sets `hostPort`."
# custom:
#   id: K8S014
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   tags: [pod-security, network]
#   frameworks:
#     pss-baseline: ["host-ports"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "A host port exposes the container on the node's address, bypassing Services and most network policies, and pins the pod to nodes where the port is free."
#   remediation: "Remove `hostPort` and expose the container through a Service."
#   example: |
#     ports:
#       - containerPort: 8080
package tollgate.kubernetes.container_host_port

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("container `%s` of %s binds host port %v", [c.container.name, input.address, port.hostPort]), "attribute": sprintf("%s.ports[%d].hostPort", [c.path, i])} if {
	some c in k8s.containers
	some i, port in lib.items(c.container.ports)
	port.hostPort
	port.hostPort != 0
}
