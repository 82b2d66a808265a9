package tollgate.gcp.gke_secrets_not_encrypted_test

import rego.v1

import data.tollgate.gcp.gke_secrets_not_encrypted as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"name": "apps", "location": "europe-west1", "initial_node_count": 1}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_container_cluster", "address": "google_container_cluster.x", "kind": "terraform", "values": {"name": "apps", "location": "europe-west1", "initial_node_count": 1, "database_encryption": [{"state": "ENCRYPTED", "key_name": "projects/p/locations/europe-west1/keyRings/gke/cryptoKeys/secrets"}]}, "unknown": []}
}
