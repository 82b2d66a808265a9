# METADATA
# title: Compute instance allows serial port access
# description: "The instance metadata sets `serial-port-enable` to true."
# custom:
#   id: GCP004
#   severity: medium
#   resource_types: [google_compute_instance, google_compute_instance_template]
#   tags: [compute, access]
#   frameworks:
#     cis-gcp-v2.0: ["4.5"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-17"]
#   why: "The interactive serial console bypasses network firewalls and is reachable from any address that holds the right IAM grant."
#   remediation: "Remove `serial-port-enable` from the metadata or set it to `\"false\"`."
#   example: |
#     resource "google_compute_instance" "web" {
#       name         = "web"
#       machine_type = "e2-small"
#       zone         = "europe-west1-b"
#       metadata = {
#         serial-port-enable = "false"
#       }
#     }
package tollgate.gcp.compute_instance_serial_port_enabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s enables the interactive serial port", [input.address]), "attribute": "metadata", "fix": {"set": {"metadata.serial-port-enable": "false"}, "risk": "low"}} if {
	input.type in {"google_compute_instance", "google_compute_instance_template"}
	lower(sprintf("%v", [input.values.metadata["serial-port-enable"]])) in {"true", "1"}
}
