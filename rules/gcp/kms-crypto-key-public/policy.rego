# METADATA
# title: KMS key is usable by anyone
# description: "A crypto key IAM grant names `allUsers` or `allAuthenticatedUsers`."
# custom:
#   id: GCP038
#   severity: high
#   resource_types: [google_kms_crypto_key_iam_member, google_kms_crypto_key_iam_binding]
#   tags: [kms, iam, public-access]
#   frameworks:
#     cis-gcp-v2.0: ["1.9"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3"]
#   why: "Anyone on the internet (or any Google account) can then encrypt or decrypt with the key, which defeats the point of holding data under it."
#   remediation: "Grant the key's roles to the specific service accounts that use it."
#   example: |
#     resource "google_kms_crypto_key_iam_member" "app" {
#       crypto_key_id = google_kms_crypto_key.data.id
#       role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
#       member        = "serviceAccount:app@shop-prod.iam.gserviceaccount.com"
#     }
package tollgate.gcp.kms_crypto_key_public

import rego.v1

import data.tollgate.lib

public := {"allUsers", "allAuthenticatedUsers"}

deny contains {"msg": sprintf("%s lets %s use the key", [input.address, input.values.member]), "attribute": "member"} if {
	input.type == "google_kms_crypto_key_iam_member"
	input.values.member in public
}

deny contains {"msg": sprintf("%s lets %s use the key", [input.address, member]), "attribute": sprintf("members[%d]", [i])} if {
	input.type == "google_kms_crypto_key_iam_binding"
	some i, member in lib.list(input.values, "members")
	member in public
}
