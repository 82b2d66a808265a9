# METADATA
# title: Firewall rule allows SSH from the internet
# description: An ingress firewall rule allows port 22 from 0.0.0.0/0.
# custom:
#   id: GCP001
#   severity: high
#   resource_types: [google_compute_firewall]
#   tags: [network, ssh, public-access]
#   frameworks:
#     cis-gcp-v2.0: ["3.6"]
#     soc2: [CC6.6]
#     pci-dss-v4: ["1.3.1"]
#     nist-800-53: [SC-7]
#   why: SSH open to the world exposes every instance the rule targets to brute force and exploits.
#   remediation: Restrict `source_ranges` to known networks, or use Identity-Aware Proxy TCP forwarding (35.235.240.0/20).
#   example: |
#     resource "google_compute_firewall" "ssh" {
#       network       = "default"
#       source_ranges = ["35.235.240.0/20"]
#       allow {
#         protocol = "tcp"
#         ports    = ["22"]
#       }
#     }
package tollgate.gcp.compute_firewall_open_ssh

import rego.v1

import data.tollgate.lib

ingress if not input.values.direction

ingress if input.values.direction == "INGRESS"

allows_ssh(allow) if {
	allow.protocol in {"tcp", "all", "6"}
	not allow.ports
}

allows_ssh(allow) if {
	allow.protocol in {"tcp", "all", "6"}
	some spec in lib.items(allow.ports)
	lib.port_spec_covers(spec, 22)
}

deny contains {"msg": sprintf("%s allows SSH (port 22) from %s", [input.address, source]), "attribute": "source_ranges"} if {
	ingress
	some source in lib.items(input.values.source_ranges)
	lib.is_public(source)
	some allow in lib.items(input.values.allow)
	allows_ssh(allow)
}
