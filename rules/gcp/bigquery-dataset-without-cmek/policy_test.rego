package tollgate.gcp.bigquery_dataset_without_cmek_test

import rego.v1

import data.tollgate.gcp.bigquery_dataset_without_cmek as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_bigquery_dataset", "address": "google_bigquery_dataset.x", "kind": "terraform", "values": {"dataset_id": "sales", "location": "EU"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_bigquery_dataset", "address": "google_bigquery_dataset.x", "kind": "terraform", "values": {"dataset_id": "sales_ok", "location": "EU", "default_encryption_configuration": [{"kms_key_name": "projects/p/locations/eu/keyRings/bq/cryptoKeys/sales"}]}, "unknown": []}
}
