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
