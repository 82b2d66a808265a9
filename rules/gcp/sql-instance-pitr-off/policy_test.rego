package tollgate.gcp.sql_instance_pitr_off_test

import rego.v1

import data.tollgate.gcp.sql_instance_pitr_off as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"name": "orders", "database_version": "POSTGRES_15", "region": "europe-west1", "settings": [{"tier": "db-custom-2-7680", "backup_configuration": [{"enabled": true}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"name": "orders-ok", "database_version": "POSTGRES_15", "region": "europe-west1", "settings": [{"tier": "db-custom-2-7680", "backup_configuration": [{"enabled": true, "point_in_time_recovery_enabled": true}]}]}, "unknown": []}
}
