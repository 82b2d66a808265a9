package tollgate.gcp.subnetwork_private_google_access_disabled_test

import rego.v1

import data.tollgate.gcp.subnetwork_private_google_access_disabled as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_subnetwork", "address": "google_compute_subnetwork.x", "kind": "terraform", "values": {"name": "apps", "ip_cidr_range": "10.10.0.0/20", "region": "europe-west1", "network": "acme-vpc"}, "unknown": []}
}

test_safe_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_compute_subnetwork", "address": "google_compute_subnetwork.x", "kind": "terraform", "values": {"name": "apps", "ip_cidr_range": "10.10.0.0/20", "region": "europe-west1", "network": "acme-vpc", "private_ip_google_access": true}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "google_compute_subnetwork", "address": "google_compute_subnetwork.x", "kind": "terraform", "values": {"name": "apps", "ip_cidr_range": "10.10.0.0/20", "region": "europe-west1", "network": "acme-vpc"}, "unknown": ["private_ip_google_access"]}
}

test_explicitly_unsafe_denied if {
	count(rule.deny) == 1 with input as {"type": "google_compute_subnetwork", "address": "google_compute_subnetwork.x", "kind": "terraform", "values": {"name": "apps", "ip_cidr_range": "10.10.0.0/20", "region": "europe-west1", "network": "acme-vpc", "private_ip_google_access": false}, "unknown": []}
}
