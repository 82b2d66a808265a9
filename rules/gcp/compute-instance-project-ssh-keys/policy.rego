# METADATA
# title: Compute instance accepts project-wide SSH keys
# description: "The instance does not set the metadata `block-project-ssh-keys = true`."
# custom:
#   id: GCP034
#   severity: medium
#   resource_types: [google_compute_instance]
#   tags: [compute, ssh, authentication]
#   frameworks:
#     cis-gcp-v2.0: ["4.3"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3"]
#   why: "A key added to project metadata opens every instance of the project: one leaked or forgotten key is a foothold on all of them."
#   remediation: "Set `metadata = { block-project-ssh-keys = true }`, or use OS Login (`enable-oslogin = true`)."
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
#       metadata = {
#         block-project-ssh-keys = true
#       }
#       network_interface {
#         subnetwork = "private"
#       }
#     }
package tollgate.gcp.compute_instance_project_ssh_keys

import rego.v1

import data.tollgate.lib

truthy(v) if lower(sprintf("%v", [v])) == "true"

deny contains {"msg": sprintf("%s accepts project-wide SSH keys", [input.address]), "attribute": "metadata"} if {
	input.type == "google_compute_instance"
	metadata := object.get(input.values, "metadata", {})
	is_object(metadata)
	not truthy(object.get(metadata, "block-project-ssh-keys", false))
	not truthy(object.get(metadata, "enable-oslogin", false))
	not lib.unknown("metadata")
}
