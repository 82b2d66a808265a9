package tollgate.kubernetes.service_external_ips_test

import rego.v1

import data.tollgate.kubernetes.service_external_ips as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "Service", "address": "Service/web", "kind": "kubernetes", "values": {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"selector": {"app": "web"}, "ports": [{"port": 80, "targetPort": 8080}], "externalIPs": ["203.0.113.10"]}}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "Service", "address": "Service/web-ok", "kind": "kubernetes", "values": {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web-ok", "namespace": "shop"}, "spec": {"selector": {"app": "web"}, "ports": [{"port": 80, "targetPort": 8080}]}}, "unknown": []}
}
