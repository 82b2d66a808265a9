# METADATA
# title: Subnetwork reaches Google APIs only over public IPs
# description: "The subnetwork does not set `private_ip_google_access = true`."
# custom:
#   id: GCP027
#   severity: low
#   resource_types: [google_compute_subnetwork]
#   tags: [vpc, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#   why: "Instances without external addresses cannot reach Google APIs at all, which pushes teams to give them public IPs."
#   remediation: "Set `private_ip_google_access = true`."
#   example: |
#     resource "google_compute_subnetwork" "main" {
#       name                     = "apps"
#       ip_cidr_range            = "10.10.0.0/20"
#       region                   = "europe-west1"
#       network                  = "acme-vpc"
#       private_ip_google_access = true
#     }
package tollgate.gcp.subnetwork_private_google_access_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s reaches Google APIs only over public IPs (private_ip_google_access is not true)", [input.address]), "attribute": "private_ip_google_access", "fix": {"set": {"private_ip_google_access": true}, "risk": "medium"}} if {
	input.type == "google_compute_subnetwork"
	lib.not_true(input.values, "private_ip_google_access")
}
