# METADATA
# title: SSL policy allows TLS below 1.2
# description: "The policy does not set `min_tls_version = \"TLS_1_2\"` (the default is TLS 1.0)."
# custom:
#   id: GCP032
#   severity: medium
#   resource_types: [google_compute_ssl_policy]
#   tags: [load-balancer, tls, encryption]
#   frameworks:
#     cis-gcp-v2.0: ["3.9"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "Load balancers using the policy negotiate TLS 1.0 and 1.1 with clients that ask: downgrade and protocol attacks become possible."
#   remediation: "Set `min_tls_version = \"TLS_1_2\"` with the `MODERN` or `RESTRICTED` profile."
#   example: |
#     resource "google_compute_ssl_policy" "main" {
#       name    = "edge"
#       profile = "MODERN"
#       min_tls_version = "TLS_1_2"
#     }
package tollgate.gcp.compute_ssl_policy_old_tls

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s allows TLS below 1.2", [input.address]), "attribute": "min_tls_version", "fix": {"set": {"min_tls_version": "TLS_1_2"}, "risk": "medium"}} if {
	input.type == "google_compute_ssl_policy"
	not input.values["min_tls_version"] == "TLS_1_2"
	not lib.unknown("min_tls_version")
}
