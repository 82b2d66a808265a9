# METADATA
# title: Service opens a port on every node
# description: "A Service is of type `NodePort`."
# custom:
#   id: K8S029
#   severity: low
#   resource_types: [Service]
#   tags: [network]
#   frameworks:
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "A NodePort Service listens on every node's address, around ingress controllers, load balancer rules and, often, network policies; node addresses are rarely meant to be an entry point."
#   remediation: "Use `ClusterIP` behind an Ingress or Gateway, or `LoadBalancer` where the cloud's load balancer carries the access rules."
#   example: |
#     spec:
#       type: ClusterIP
package tollgate.kubernetes.service_node_port

import rego.v1

deny contains {"msg": sprintf("%s opens a port on every node (type NodePort)", [input.address]), "attribute": "spec.type"} if {
	input.type == "Service"
	input.values.spec.type == "NodePort"
}
