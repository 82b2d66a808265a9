package tollgate.kubernetes.secret_in_environment_test

import rego.v1

import data.tollgate.kubernetes.secret_in_environment as rule

test_literal_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "env": [{"name": "DB_PASSWORD", "value": "hunter2"}]}]}}}
}

test_reference_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "env": [{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}}]}]}}}
}

test_plain_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "env": [{"name": "LOG_LEVEL", "value": "debug"}]}]}}}
}

env(variables) := {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "env": variables}]}}}

test_token_counts_allowed if {
	count(rule.deny) == 0 with input as env([{"name": "MAX_INPUT_TOKENS", "value": "2048"}, {"name": "MAX_BATCH_PREFILL_TOKENS", "value": "4096"}])
}

test_references_flags_and_paths_allowed if {
	variables := [
		{"name": "SECRET_ID", "value": "db-password"},
		{"name": "ALLOYDB_SECRET_NAME", "value": "alloydb"},
		{"name": "MYSQL_ALLOW_EMPTY_PASSWORD", "value": "yes"},
		{"name": "GOOGLE_APPLICATION_CREDENTIALS", "value": "/var/secrets/google/key.json"},
		{"name": "ETCD_INITIAL_CLUSTER_TOKEN", "value": "etcd-cluster-1"},
	]
	count(rule.deny) == 0 with input as env(variables)
}

test_tokens_still_denied if {
	count(rule.deny) == 2 with input as env([{"name": "HF_TOKEN", "value": "hf_aBcDeFgHiJkLmNoP"}, {"name": "MYSQL_ROOT_PASSWORD", "value": "migration"}])
}
