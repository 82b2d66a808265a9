package tollgate.gcp.sql_instance_public_ip_test

import rego.v1

import data.tollgate.gcp.sql_instance_public_ip as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"settings": [{"tier": "x"}]}, "unknown": []}
}

test_private_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"settings": [{"ip_configuration": [{"ipv4_enabled": false}]}]}, "unknown": []}
}
