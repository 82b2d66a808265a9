package tollgate.kubernetes.secret_data_in_manifest_test

import rego.v1

import data.tollgate.kubernetes.secret_data_in_manifest as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "Secret", "address": "Secret/db", "kind": "kubernetes", "values": {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db", "namespace": "shop"}, "type": "Opaque", "stringData": {"password": "s3cr3t-Pa55w0rd"}}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "Secret", "address": "Secret/token", "kind": "kubernetes", "values": {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "token", "namespace": "shop", "annotations": {"kubernetes.io/service-account.name": "ci"}}, "type": "kubernetes.io/service-account-token"}, "unknown": []}
}
