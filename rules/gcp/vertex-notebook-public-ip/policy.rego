# METADATA
# title: Vertex AI Workbench instance with a public IP
# description: "`gce_setup.disable_public_ip` is not true."
# custom:
#   id: GCP081
#   severity: medium
#   resource_types: [google_workbench_instance]
#   tags: [vertex-ai, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Notebooks run arbitrary code with the instance's credentials; a public IP exposes them to the internet."
#   remediation: "Set `disable_public_ip = true` in `gce_setup`."
#   example: |
#     gce_setup {
#       disable_public_ip = true
#     }
package tollgate.gcp.vertex_notebook_public_ip

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has a public IP address", [input.address]), "attribute": "gce_setup[0].disable_public_ip"} if {
	input.type == "google_workbench_instance"
	not lib.truthy(object.get(input.values, ["gce_setup", 0, "disable_public_ip"], null))
	not lib.unknown("gce_setup")
}
