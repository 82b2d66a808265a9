# METADATA
# title: Service sets external IPs
# description: "The Service lists `spec.externalIPs`."
# custom:
#   id: K8S047
#   severity: medium
#   resource_types: [Service]
#   tags: [network, cve-2020-8554]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Anyone who can create a Service with `externalIPs` can intercept traffic the cluster sends to those addresses (CVE-2020-8554); clusters should forbid the field."
#   remediation: "Remove `externalIPs`; expose the service through a LoadBalancer or Ingress."
#   example: |
#     spec:
#       type: LoadBalancer
package tollgate.kubernetes.service_external_ips

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s claims external IPs %v", [input.address, input.values.spec.externalIPs]), "attribute": "spec.externalIPs"} if {
	count(lib.items(input.values.spec.externalIPs)) > 0
}
