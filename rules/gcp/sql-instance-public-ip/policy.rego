# METADATA
# title: Cloud SQL instance has a public IP address
# description: "A Cloud SQL instance does not set `ipv4_enabled = false` (public IP is on by default)."
# custom:
#   id: GCP018
#   severity: medium
#   resource_types: [google_sql_database_instance]
#   tags: [cloudsql, network, exposure]
#   frameworks:
#     cis-gcp-v2.0: ["6.6"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "A public IP puts the database on the internet behind its authorized networks only; one broad range exposes it."
#   remediation: "Set `ipv4_enabled = false` and connect through the private network (or the Cloud SQL Auth Proxy)."
#   example: |
#     ip_configuration {
#       ipv4_enabled    = false
#       private_network = google_compute_network.main.id
#     }
package tollgate.gcp.sql_instance_public_ip

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has a public IP address", [input.address]), "attribute": "settings[0].ip_configuration[0].ipv4_enabled", "fix": {"set": {"settings[0].ip_configuration[0].ipv4_enabled": false}, "risk": "high"}} if {
	input.type == "google_sql_database_instance"
	input.values.settings[0]
	not input.values.settings[0].ip_configuration[0].ipv4_enabled == false
	not lib.unknown("settings[0].ip_configuration")
	not lib.unknown("settings[0].ip_configuration[0].ipv4_enabled")
}
