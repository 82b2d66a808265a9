# METADATA
# title: Compute instance has a public IP address
# description: "A network interface has an `access_config` block (an external IP)."
# custom:
#   id: GCP033
#   severity: medium
#   resource_types: [google_compute_instance]
#   tags: [compute, network, public-access]
#   frameworks:
#     cis-gcp-v2.0: ["4.9"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#     pci-dss-v4: ["1.4.1"]
#   why: "An external address makes every listening port reachable from the internet, subject only to firewall rules, which drift."
#   remediation: "Remove the `access_config` block; reach the instance through Identity-Aware Proxy, a bastion or a load balancer, and egress through Cloud NAT."
#   example: |
#     resource "google_compute_instance" "web" {
#       name         = "web"
#       machine_type = "e2-small"
#       zone         = "europe-west1-b"
#       boot_disk {
#         initialize_params {
#           image = "debian-cloud/debian-12"
#         }
#       }
#       network_interface {
#         subnetwork = "private"
#       }
#     }
package tollgate.gcp.compute_instance_public_ip

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has an external IP address", [input.address]), "attribute": sprintf("network_interface[%d].access_config", [i])} if {
	input.type == "google_compute_instance"
	some i, interface in lib.list(input.values, "network_interface")
	is_object(interface)
	count(lib.list(interface, "access_config")) > 0
}
