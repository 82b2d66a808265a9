package tollgate.kubernetes.container_image_pull_policy_not_always_test

import rego.v1

import data.tollgate.kubernetes.container_image_pull_policy_not_always as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "Deployment", "address": "Deployment/web", "kind": "kubernetes", "values": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}}, "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "app", "image": "registry.example.com/app:1.4.2", "imagePullPolicy": "IfNotPresent"}]}}}}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "Deployment", "address": "Deployment/web-ok", "kind": "kubernetes", "values": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web-ok", "namespace": "shop"}, "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web-ok"}}, "template": {"metadata": {"labels": {"app": "web-ok"}}, "spec": {"containers": [{"name": "app", "image": "registry.example.com/app:1.4.2", "imagePullPolicy": "Always"}]}}}}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "Deployment", "address": "Deployment/web-digest", "kind": "kubernetes", "values": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web-digest", "namespace": "shop"}, "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web-digest"}}, "template": {"metadata": {"labels": {"app": "web-digest"}}, "spec": {"containers": [{"name": "app", "image": "registry.example.com/app@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", "imagePullPolicy": "IfNotPresent"}]}}}}, "unknown": []}
}
