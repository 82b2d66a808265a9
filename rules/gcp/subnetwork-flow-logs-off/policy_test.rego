package tollgate.gcp.subnetwork_flow_logs_off_test

import rego.v1

import data.tollgate.gcp.subnetwork_flow_logs_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_compute_subnetwork", "address": "google_compute_subnetwork.x", "kind": "terraform", "values": {"name": "apps", "ip_cidr_range": "10.10.0.0/20", "region": "europe-west1", "network": "vpc"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_compute_subnetwork", "address": "google_compute_subnetwork.x", "kind": "terraform", "values": {"name": "apps-ok", "ip_cidr_range": "10.20.0.0/20", "region": "europe-west1", "network": "vpc", "log_config": [{"aggregation_interval": "INTERVAL_5_SEC", "flow_sampling": 0.5, "metadata": "INCLUDE_ALL_METADATA"}]}, "unknown": []}
}
