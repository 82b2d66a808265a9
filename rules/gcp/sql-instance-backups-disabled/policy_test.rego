package tollgate.gcp.sql_instance_backups_disabled_test

import rego.v1

import data.tollgate.gcp.sql_instance_backups_disabled as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"settings": [{"tier": "x"}]}, "unknown": []}
}

test_enabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"settings": [{"backup_configuration": [{"enabled": true}]}]}, "unknown": []}
}

test_replica_skipped if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"master_instance_name": "main", "settings": [{}]}, "unknown": []}
}
