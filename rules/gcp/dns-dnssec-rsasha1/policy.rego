# METADATA
# title: DNSSEC signs with RSASHA1
# description: "A DNSSEC key spec of the zone uses the `rsasha1` algorithm."
# custom:
#   id: GCP036
#   severity: medium
#   resource_types: [google_dns_managed_zone]
#   tags: [dns, dnssec, cryptography]
#   frameworks:
#     cis-gcp-v2.0: ["3.4", "3.5"]
#     nist-800-53: ["SC-13"]
#   why: "SHA-1 signatures can be forged with chosen-prefix collisions: signed answers stop proving anything."
#   remediation: "Use `rsasha256`, `rsasha512`, `ecdsap256sha256` or `ecdsap384sha384` in `default_key_specs`."
#   example: |
#     resource "google_dns_managed_zone" "public" {
#       name     = "example"
#       dns_name = "example.com."
#       dnssec_config {
#         state = "on"
#         default_key_specs {
#           algorithm  = "ecdsap256sha256"
#           key_length = 256
#           key_type   = "keySigning"
#         }
#       }
#     }
package tollgate.gcp.dns_dnssec_rsasha1

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s signs DNSSEC with RSASHA1", [input.address]), "attribute": sprintf("dnssec_config[%d].default_key_specs[%d].algorithm", [i, j])} if {
	input.type == "google_dns_managed_zone"
	some i, config in lib.list(input.values, "dnssec_config")
	is_object(config)
	some j, spec in lib.list(config, "default_key_specs")
	is_object(spec)
	lower(spec.algorithm) == "rsasha1"
}
