package tollgate.gcp.dataproc_cluster_public_ip_test

import rego.v1

import data.tollgate.gcp.dataproc_cluster_public_ip as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_dataproc_cluster", "address": "google_dataproc_cluster.x", "kind": "terraform", "values": {"name": "etl", "region": "europe-west1", "cluster_config": [{"gce_cluster_config": [{"internal_ip_only": false}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_dataproc_cluster", "address": "google_dataproc_cluster.x", "kind": "terraform", "values": {"name": "etl-ok", "region": "europe-west1", "cluster_config": [{"gce_cluster_config": [{"internal_ip_only": true}]}]}, "unknown": []}
}
