package tollgate.kubernetes.configmap_holds_secret_test

import rego.v1

import data.tollgate.kubernetes.configmap_holds_secret as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "ConfigMap", "address": "ConfigMap/api", "kind": "kubernetes", "values": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "api", "namespace": "shop"}, "data": {"DB_HOST": "db.shop.svc", "DB_PASSWORD": "hunter2-prod"}}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "ConfigMap", "address": "ConfigMap/api-ok", "kind": "kubernetes", "values": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "api-ok", "namespace": "shop"}, "data": {"DB_HOST": "db.shop.svc", "DB_PASSWORD_FILE": "/var/run/secrets/db/password", "MAX_TOKENS": "4096"}}, "unknown": []}
}
