# METADATA
# title: Cloud KMS key does not rotate within 90 days
# description: "The crypto key has no rotation period, or one longer than 90 days."
# custom:
#   id: GCP005
#   severity: medium
#   resource_types: [google_kms_crypto_key]
#   tags: [kms, key-management]
#   frameworks:
#     cis-gcp-v2.0: ["1.10"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-12"]
#   why: "Long-lived key versions protect more data for longer, so one leaked version exposes more."
#   remediation: "Set `rotation_period = \"7776000s\"` (90 days) or shorter."
#   example: |
#     resource "google_kms_crypto_key" "data" {
#       name            = "data"
#       key_ring        = google_kms_key_ring.main.id
#       rotation_period = "7776000s"
#     }
package tollgate.gcp.kms_key_rotation_disabled

import rego.v1

import data.tollgate.lib

max_seconds := 7776000

seconds(period) := to_number(trim_suffix(period, "s"))

too_long(values) if not values.rotation_period

too_long(values) if seconds(values.rotation_period) > max_seconds

deny contains {"msg": sprintf("%s does not rotate within 90 days", [input.address]), "attribute": "rotation_period", "fix": {"set": {"rotation_period": "7776000s"}, "risk": "low"}} if {
	input.type == "google_kms_crypto_key"
	object.get(input.values, "purpose", "ENCRYPT_DECRYPT") == "ENCRYPT_DECRYPT"
	not lib.unknown("rotation_period")
	too_long(input.values)
}
