# METADATA
# title: Cloud SQL instance accepts unencrypted connections
# description: "A Cloud SQL instance neither sets `ssl_mode = \"ENCRYPTED_ONLY\"` (or stricter) nor `require_ssl = true`."
# custom:
#   id: GCP008
#   severity: high
#   resource_types: [google_sql_database_instance]
#   tags: [cloudsql, tls, encryption-in-transit]
#   frameworks:
#     cis-gcp-v2.0: ["6.4"]
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#   why: "Without enforced SSL, clients can connect in clear text and expose credentials and data on the network."
#   remediation: "Set `ssl_mode = \"ENCRYPTED_ONLY\"` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`) in `settings.ip_configuration`."
#   example: |
#     resource "google_sql_database_instance" "main" {
#       name             = "main"
#       database_version = "POSTGRES_15"
#
#       settings {
#         tier = "db-custom-2-7680"
#         ip_configuration {
#           ssl_mode = "ENCRYPTED_ONLY"
#         }
#       }
#     }
package tollgate.gcp.sql_instance_ssl_not_required

import rego.v1

import data.tollgate.lib

encrypted(ip) if ip.ssl_mode in {"ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"}

encrypted(ip) if ip.require_ssl == true

deny contains {"msg": sprintf("%s accepts unencrypted connections", [input.address]), "attribute": "settings", "fix": {"set": {"settings[0].ip_configuration[0].ssl_mode": "ENCRYPTED_ONLY"}, "risk": "medium"}} if {
	input.type in {"google_sql_database_instance"}
	settings := input.values.settings[0]
	not lib.unknown("settings[0].ip_configuration")
	not encrypted(object.get(settings, "ip_configuration", [{}])[0])
}
