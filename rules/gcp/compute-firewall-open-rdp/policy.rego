# METADATA
# title: Firewall allows RDP from the internet
# description: "An ingress firewall rule allows port 3389 from 0.0.0.0/0."
# custom:
#   id: GCP016
#   severity: high
#   resource_types: [google_compute_firewall]
#   tags: [network, exposure, rdp]
#   frameworks:
#     cis-gcp-v2.0: ["3.7"]
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.3.1"]
#     nist-800-53: ["SC-7"]
#   why: "RDP open to the internet is brute-forced constantly and has had pre-authentication vulnerabilities."
#   remediation: "Allow 3389 from known ranges only, or use Identity-Aware Proxy TCP forwarding (35.235.240.0/20)."
#   example: |
#     resource "google_compute_firewall" "rdp-iap" {
#       name          = "rdp-iap"
#       network       = "default"
#       source_ranges = ["35.235.240.0/20"]
#
#       allow {
#         protocol = "tcp"
#         ports    = ["3389"]
#       }
#     }
package tollgate.gcp.compute_firewall_open_rdp

import rego.v1

import data.tollgate.lib

ingress if not input.values.direction

ingress if input.values.direction == "INGRESS"

allows(allow, port) if {
	allow.protocol in {"tcp", "all", "6"}
	not allow.ports
}

allows(allow, port) if {
	allow.protocol in {"tcp", "all", "6"}
	some spec in lib.items(allow.ports)
	lib.port_spec_covers(spec, port)
}

deny contains {"msg": sprintf("%s allows RDP (port 3389) from %s", [input.address, source]), "attribute": "source_ranges"} if {
	input.type == "google_compute_firewall"
	ingress
	some source in lib.items(input.values.source_ranges)
	lib.is_public(source)
	some allow in lib.items(input.values.allow)
	allows(allow, 3389)
}
