# METADATA
# title: GKE cluster does not encrypt Secrets with Cloud KMS
# description: "`database_encryption.state` is not `ENCRYPTED`."
# custom:
#   id: GCP056
#   severity: medium
#   resource_types: [google_container_cluster]
#   tags: [gke, encryption, secrets]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#     cis-gke-v1.5: ["5.3.1"]
#   why: "Secrets in etcd are then protected only by Google's storage encryption; application-layer encryption with your key limits who can read them and lets you revoke access."
#   remediation: "Add `database_encryption { state = \"ENCRYPTED\", key_name = google_kms_crypto_key.gke.id }`."
#   example: |
#     database_encryption {
#       state    = "ENCRYPTED"
#       key_name = google_kms_crypto_key.gke.id
#     }
package tollgate.gcp.gke_secrets_not_encrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not encrypt Kubernetes Secrets with a Cloud KMS key", [input.address]), "attribute": "database_encryption[0].state"} if {
	input.type == "google_container_cluster"
	value := object.get(input.values, ["database_encryption", 0, "state"], "DECRYPTED")
	value != null
	not lower(sprintf("%v", [value])) in {"encrypted"}
	not lib.unknown("database_encryption")
}
