package tollgate.kubernetes.container_root_group_test

import rego.v1

import data.tollgate.kubernetes.container_root_group as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "Deployment", "address": "Deployment/api", "kind": "kubernetes", "values": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "api", "namespace": "shop"}, "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "api"}}, "template": {"metadata": {"labels": {"app": "api"}}, "spec": {"containers": [{"name": "app", "image": "registry.example.com/app:1.4.2"}], "securityContext": {"runAsNonRoot": true, "runAsUser": 10001, "runAsGroup": 0}}}}}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "Deployment", "address": "Deployment/worker", "kind": "kubernetes", "values": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "worker", "namespace": "shop"}, "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "worker"}}, "template": {"metadata": {"labels": {"app": "worker"}}, "spec": {"containers": [{"name": "app", "image": "registry.example.com/app:1.4.2"}], "securityContext": {"runAsNonRoot": true, "runAsUser": 10001, "runAsGroup": 10001, "supplementalGroups": [0]}}}}}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "Deployment", "address": "Deployment/api-ok", "kind": "kubernetes", "values": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "api-ok", "namespace": "shop"}, "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "api-ok"}}, "template": {"metadata": {"labels": {"app": "api-ok"}}, "spec": {"containers": [{"name": "app", "image": "registry.example.com/app:1.4.2", "securityContext": {"runAsGroup": 10001}}], "securityContext": {"runAsNonRoot": true, "runAsUser": 10001, "runAsGroup": 0}}}}}, "unknown": []}
}
