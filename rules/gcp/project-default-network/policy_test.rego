package tollgate.gcp.project_default_network_test

import rego.v1

import data.tollgate.gcp.project_default_network as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "google_project", "address": "google_project.x", "kind": "terraform", "values": {"name": "acme-payments", "project_id": "acme-payments", "org_id": "123456789012"}, "unknown": []}
}

test_safe_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_project", "address": "google_project.x", "kind": "terraform", "values": {"name": "acme-payments", "project_id": "acme-payments", "org_id": "123456789012", "auto_create_network": false}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "google_project", "address": "google_project.x", "kind": "terraform", "values": {"name": "acme-payments", "project_id": "acme-payments", "org_id": "123456789012"}, "unknown": ["auto_create_network"]}
}

test_explicitly_unsafe_denied if {
	count(rule.deny) == 1 with input as {"type": "google_project", "address": "google_project.x", "kind": "terraform", "values": {"name": "acme-payments", "project_id": "acme-payments", "org_id": "123456789012", "auto_create_network": true}, "unknown": []}
}
