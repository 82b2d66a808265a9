package tollgate.gcp.sql_sqlserver_external_scripts_on_test

import rego.v1

import data.tollgate.gcp.sql_sqlserver_external_scripts_on as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"name": "sql-sqlserver-extern-bad", "database_version": "SQLSERVER_2019_STANDARD", "region": "europe-west1", "deletion_protection": true, "settings": [{"tier": "db-custom-2-7680", "database_flags": [{"name": "external scripts enabled", "value": "on"}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"name": "sql-sqlserver-extern-ok", "database_version": "SQLSERVER_2019_STANDARD", "region": "europe-west1", "deletion_protection": true, "settings": [{"tier": "db-custom-2-7680", "database_flags": [{"name": "external scripts enabled", "value": "off"}]}]}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"name": "other-engine", "database_version": "MYSQL_8_0", "region": "europe-west1", "settings": [{"tier": "db-custom-2-7680"}]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "google_sql_database_instance", "address": "google_sql_database_instance.x", "kind": "terraform", "values": {"name": "unset", "database_version": "SQLSERVER_2019_STANDARD", "region": "europe-west1", "settings": [{"tier": "db-custom-2-7680"}]}, "unknown": []}
}
