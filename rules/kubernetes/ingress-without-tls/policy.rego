# METADATA
# title: Ingress serves plain HTTP
# description: "An Ingress has no `spec.tls` section: its hosts are served over HTTP only."
# custom:
#   id: K8S021
#   severity: medium
#   resource_types: [Ingress]
#   tags: [network, encryption, ingress]
#   frameworks:
#     nsa-cisa-k8s: ["tls"]
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     nist-800-53: ["SC-8"]
#   why: "Without TLS, credentials, cookies and data cross the network in clear text and can be read or changed in transit."
#   remediation: "Add a `tls` entry naming the hosts and a certificate Secret (cert-manager can issue one), and redirect HTTP to HTTPS in the controller."
#   example: |
#     spec:
#       tls:
#         - hosts: [shop.example.com]
#           secretName: shop-tls
package tollgate.kubernetes.ingress_without_tls

import rego.v1

deny contains {"msg": sprintf("%s serves its hosts without TLS", [input.address]), "attribute": "spec"} if {
	input.type == "Ingress"
	count(object.get(input.values.spec, "tls", [])) == 0
	not "spec.tls" in object.get(input, "unknown", [])
}
