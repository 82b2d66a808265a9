# METADATA
# title: Storage bucket without access logging
# description: "The bucket has no `logging` block."
# custom:
#   id: GCP077
#   severity: low
#   resource_types: [google_storage_bucket]
#   tags: [storage, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#   why: "Usage logs record each request to the bucket; with Data Access audit logs off, they are the only record of who read what."
#   remediation: "Add `logging { log_bucket = google_storage_bucket.logs.name }` (or enable Data Access audit logs)."
#   example: |
#     logging {
#       log_bucket = google_storage_bucket.logs.name
#     }
package tollgate.gcp.storage_bucket_access_logging_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not log access to its objects", [input.address]), "attribute": "logging"} if {
	input.type == "google_storage_bucket"
	lib.blank(object.get(input.values, ["logging"], null))
	not lib.unknown("logging")
}
