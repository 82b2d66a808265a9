# METADATA
# title: Project is created with the default network
# description: "The project does not set `auto_create_network = false`, so Google creates the `default` VPC with its permissive firewall rules."
# custom:
#   id: GCP028
#   severity: medium
#   resource_types: [google_project]
#   tags: [vpc, network]
#   frameworks:
#     cis-gcp-v2.0: ["3.1"]
#     nist-800-53: ["SC-7"]
#   why: "The default network comes with firewall rules that allow SSH, RDP and ICMP from anywhere into every subnet it creates."
#   remediation: "Set `auto_create_network = false`."
#   example: |
#     resource "google_project" "main" {
#       name                = "acme-payments"
#       project_id          = "acme-payments"
#       org_id              = "123456789012"
#       auto_create_network = false
#     }
package tollgate.gcp.project_default_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is created with the default network (auto_create_network is not false)", [input.address]), "attribute": "auto_create_network", "fix": {"set": {"auto_create_network": false}, "risk": "medium"}} if {
	input.type == "google_project"
	not lib.unknown("auto_create_network")
	not input.values.auto_create_network == false
}
