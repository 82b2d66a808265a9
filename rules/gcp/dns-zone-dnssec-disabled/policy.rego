# METADATA
# title: Public DNS zone without DNSSEC
# description: "A public managed zone does not set `dnssec_config { state = \"on\" }`."
# custom:
#   id: GCP035
#   severity: medium
#   resource_types: [google_dns_managed_zone]
#   tags: [dns, dnssec]
#   frameworks:
#     cis-gcp-v2.0: ["3.3"]
#     nist-800-53: ["SC-20"]
#   why: "Without DNSSEC, resolvers cannot tell forged answers from real ones: cache poisoning can send users and mail to an attacker."
#   remediation: "Add `dnssec_config { state = \"on\" }` and publish the DS record at the registrar."
#   example: |
#     resource "google_dns_managed_zone" "public" {
#       name     = "example"
#       dns_name = "example.com."
#       dnssec_config {
#         state = "on"
#       }
#     }
package tollgate.gcp.dns_zone_dnssec_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is public and has DNSSEC off", [input.address]), "attribute": "dnssec_config"} if {
	input.type == "google_dns_managed_zone"
	not object.get(input.values, "visibility", "public") == "private"
	not input.values.dnssec_config[0].state == "on"
	not lib.unknown("dnssec_config[0].state")
}
