# METADATA
# title: Instance turns OS Login off
# description: "A Compute Engine instance sets the metadata `enable-oslogin` to false."
# custom:
#   id: GCP024
#   severity: medium
#   resource_types: [google_compute_instance]
#   tags: [compute, authentication]
#   frameworks:
#     cis-gcp-v2.0: ["4.4"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-2", "IA-2"]
#   why: "Without OS Login, SSH access rests on keys pasted into metadata: not tied to identities, not revoked when people leave, not audited."
#   remediation: "Remove `enable-oslogin = \"FALSE\"` (set it on the project) and grant `roles/compute.osLogin` to the people who need access."
#   example: |
#     metadata = {
#       enable-oslogin = "TRUE"
#     }
package tollgate.gcp.compute_instance_os_login_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s turns OS Login off", [input.address]), "attribute": "metadata"} if {
	input.type == "google_compute_instance"
	lower(sprintf("%v", [input.values.metadata["enable-oslogin"]])) in {"false", "0", "no"}
}
