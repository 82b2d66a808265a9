package tollgate.gcp.sql_instance_ssl_not_required_test

import rego.v1

import data.tollgate.gcp.sql_instance_ssl_not_required as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"settings": [{"tier": "x"}]}, "unknown": []}
}

test_mode_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"settings": [{"ip_configuration": [{"ssl_mode": "ENCRYPTED_ONLY"}]}]}, "unknown": []}
}

test_require_ssl_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"settings": [{"ip_configuration": [{"require_ssl": true}]}]}, "unknown": []}
}
