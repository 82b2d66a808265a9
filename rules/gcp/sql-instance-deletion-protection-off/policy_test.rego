package tollgate.gcp.sql_instance_deletion_protection_off_test

import rego.v1

import data.tollgate.gcp.sql_instance_deletion_protection_off as rule

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"name": "orders", "database_version": "POSTGRES_16", "region": "europe-west1"}, "unknown": []}
}

test_safe_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"name": "orders", "database_version": "POSTGRES_16", "region": "europe-west1", "deletion_protection": true}, "unknown": []}
}

test_unknown_is_silent if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"name": "orders", "database_version": "POSTGRES_16", "region": "europe-west1"}, "unknown": ["deletion_protection"]}
}

test_explicitly_unsafe_denied if {
	count(rule.deny) == 1 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"name": "orders", "database_version": "POSTGRES_16", "region": "europe-west1", "deletion_protection": false}, "unknown": []}
}
