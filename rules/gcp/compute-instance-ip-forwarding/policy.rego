# METADATA
# title: Compute instance forwards IP packets
# description: "The instance sets `can_ip_forward = true`."
# custom:
#   id: GCP007
#   severity: medium
#   resource_types: [google_compute_instance, google_compute_instance_template]
#   tags: [compute, network]
#   frameworks:
#     cis-gcp-v2.0: ["4.6"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "An instance that forwards packets can send and receive traffic for addresses it does not own, bypassing firewall rules meant for them."
#   remediation: "Remove `can_ip_forward` unless the instance is a router or NAT appliance."
#   example: |
#     resource "google_compute_instance" "web" {
#       name           = "web"
#       machine_type   = "e2-small"
#       zone           = "europe-west1-b"
#       can_ip_forward = false
#     }
package tollgate.gcp.compute_instance_ip_forwarding

import rego.v1

deny contains {"msg": sprintf("%s forwards IP packets", [input.address]), "attribute": "can_ip_forward", "fix": {"set": {"can_ip_forward": false}, "risk": "medium"}} if {
	input.type in {"google_compute_instance", "google_compute_instance_template"}
	input.values.can_ip_forward == true
}
