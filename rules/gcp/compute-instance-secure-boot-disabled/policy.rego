# METADATA
# title: Compute instance does not use Secure Boot
# description: "A Compute Engine instance does not set `shielded_instance_config { enable_secure_boot = true }`."
# custom:
#   id: GCP014
#   severity: medium
#   resource_types: [google_compute_instance]
#   tags: [compute, integrity]
#   frameworks:
#     cis-gcp-v2.0: ["4.8"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["SI-7"]
#   why: "Secure Boot refuses unsigned boot loaders and kernels, so boot-level malware and rootkits cannot load."
#   remediation: "Set `enable_secure_boot = true` in `shielded_instance_config` (with a Shielded VM image; the instance restarts)."
#   example: |
#     resource "google_compute_instance" "app" {
#       name         = "app"
#       machine_type = "e2-medium"
#       zone         = "europe-west1-b"
#
#       boot_disk {
#         initialize_params {
#           image = "debian-cloud/debian-12"
#         }
#       }
#
#       network_interface {
#         network = "default"
#       }
#
#       shielded_instance_config {
#         enable_secure_boot = true
#       }
#     }
package tollgate.gcp.compute_instance_secure_boot_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not use Secure Boot", [input.address]), "attribute": "shielded_instance_config", "fix": {"set": {"shielded_instance_config[0].enable_secure_boot": true}, "risk": "medium"}} if {
	input.type in {"google_compute_instance"}
	not input.values.shielded_instance_config[0].enable_secure_boot == true
	not lib.unknown("shielded_instance_config")
	not lib.unknown("shielded_instance_config[0].enable_secure_boot")
}
