# METADATA
# title: Firewall allows every port from the internet
# description: "An ingress firewall rule allows all protocols, or a protocol with no port list, from 0.0.0.0/0."
# custom:
#   id: GCP017
#   severity: critical
#   resource_types: [google_compute_firewall]
#   tags: [network, exposure]
#   frameworks:
#     cis-gcp-v2.0: ["3.6", "3.7"]
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.3.1"]
#     nist-800-53: ["SC-7"]
#   why: "Every service on the matching instances, including ones started later, is reachable from the internet."
#   remediation: "Allow only the ports the service needs, from the sources that need them."
#   example: |
#     resource "google_compute_firewall" "web" {
#       name          = "web"
#       network       = "default"
#       source_ranges = ["0.0.0.0/0"]
#
#       allow {
#         protocol = "tcp"
#         ports    = ["443"]
#       }
#     }
package tollgate.gcp.compute_firewall_open_all_ports

import rego.v1

import data.tollgate.lib

ingress if not input.values.direction

ingress if input.values.direction == "INGRESS"

every_port(allow) if allow.protocol == "all"

every_port(allow) if {
	allow.protocol in {"tcp", "udp", "6", "17"}
	count(object.get(allow, "ports", [])) == 0
}

every_port(allow) if {
	some spec in lib.items(allow.ports)
	spec in {"0-65535", "1-65535"}
}

deny contains {"msg": sprintf("%s allows every %s port from %s", [input.address, allow.protocol, source]), "attribute": "allow"} if {
	input.type == "google_compute_firewall"
	ingress
	some source in lib.items(input.values.source_ranges)
	lib.is_public(source)
	some allow in lib.items(input.values.allow)
	every_port(allow)
}
