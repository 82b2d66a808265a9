# METADATA
# title: GKE cluster issues a client certificate
# description: "A GKE cluster sets `master_auth { client_certificate_config { issue_client_certificate = true } }`."
# custom:
#   id: GCP012
#   severity: medium
#   resource_types: [google_container_cluster]
#   tags: [gke, kubernetes, authentication]
#   frameworks:
#     cis-gke-v1.5: ["5.8.1"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-5"]
#   why: "The issued certificate is a long-lived cluster-admin credential that cannot be revoked short of rotating the cluster CA."
#   remediation: "Set `issue_client_certificate = false` (the cluster is replaced) and authenticate with Google identities."
#   example: |
#     resource "google_container_cluster" "main" {
#       name               = "main"
#       location           = "europe-west1"
#       initial_node_count = 1
#
#       master_auth {
#         client_certificate_config {
#           issue_client_certificate = false
#         }
#       }
#     }
package tollgate.gcp.gke_client_certificate_enabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s issues a client certificate", [input.address]), "attribute": "master_auth", "fix": {"set": {"master_auth[0].client_certificate_config[0].issue_client_certificate": false}, "risk": "high"}} if {
	input.type in {"google_container_cluster"}
	input.values.master_auth[0].client_certificate_config[0].issue_client_certificate == true
}
