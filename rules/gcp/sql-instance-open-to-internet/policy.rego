# METADATA
# title: Cloud SQL instance authorizes connections from the internet
# description: An authorized network of the instance is 0.0.0.0/0.
# custom:
#   id: GCP003
#   severity: critical
#   resource_types: [google_sql_database_instance]
#   tags: [database, public-access]
#   frameworks:
#     cis-gcp-v2.0: ["6.5"]
#     soc2: [CC6.6]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: [SC-7]
#   why: Any host on the internet can then try to log in to the database.
#   remediation: Remove 0.0.0.0/0 from `authorized_networks`; use private IP or the Cloud SQL Auth Proxy.
#   example: |
#     settings {
#       ip_configuration {
#         ipv4_enabled    = false
#         private_network = google_compute_network.vpc.id
#       }
#     }
package tollgate.gcp.sql_instance_open_to_internet

import rego.v1

import data.tollgate.lib

deny contains {"msg": msg, "attribute": path} if {
	some s, settings in lib.items(input.values.settings)
	some c, ip in lib.items(settings.ip_configuration)
	some n, network in lib.items(ip.authorized_networks)
	lib.is_public(network.value)
	path := sprintf("settings[%d].ip_configuration[%d].authorized_networks[%d].value", [s, c, n])
	msg := sprintf("%s authorizes connections from %s", [input.address, network.value])
}
