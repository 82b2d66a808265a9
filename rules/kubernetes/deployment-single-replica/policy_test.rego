package tollgate.kubernetes.deployment_single_replica_test

import rego.v1

import data.tollgate.kubernetes.deployment_single_replica as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "Deployment", "address": "Deployment/checkout", "kind": "kubernetes", "values": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "checkout", "namespace": "shop"}, "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "checkout"}}, "template": {"metadata": {"labels": {"app": "checkout"}}, "spec": {"containers": [{"name": "app", "image": "registry.example.com/app:1.4.2"}]}}}}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "Deployment", "address": "Deployment/checkout-ok", "kind": "kubernetes", "values": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "checkout-ok", "namespace": "shop"}, "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "checkout-ok"}}, "template": {"metadata": {"labels": {"app": "checkout-ok"}}, "spec": {"containers": [{"name": "app", "image": "registry.example.com/app:1.4.2"}]}}}}, "unknown": []}
}
