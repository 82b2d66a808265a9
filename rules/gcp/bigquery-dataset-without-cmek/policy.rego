# METADATA
# title: BigQuery dataset without a customer-managed key
# description: "The dataset has no `default_encryption_configuration`."
# custom:
#   id: GCP078
#   severity: low
#   resource_types: [google_bigquery_dataset]
#   tags: [bigquery, encryption, kms]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#     cis-gcp-v2.0: ["7.3"]
#   why: "A customer-managed key lets you control, audit and revoke access to the data independently of BigQuery permissions."
#   remediation: "Add `default_encryption_configuration { kms_key_name = google_kms_crypto_key.bq.id }`."
#   example: |
#     default_encryption_configuration {
#       kms_key_name = google_kms_crypto_key.bq.id
#     }
package tollgate.gcp.bigquery_dataset_without_cmek

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s encrypts new tables with Google-managed keys", [input.address]), "attribute": "default_encryption_configuration"} if {
	input.type == "google_bigquery_dataset"
	lib.blank(object.get(input.values, ["default_encryption_configuration"], null))
	not lib.unknown("default_encryption_configuration")
}
