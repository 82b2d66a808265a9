package tollgate.kubernetes.ingress_nginx_snippet_annotation_test

import rego.v1

import data.tollgate.kubernetes.ingress_nginx_snippet_annotation as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "Ingress", "address": "Ingress/web", "kind": "kubernetes", "values": {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "web", "namespace": "shop", "annotations": {"nginx.ingress.kubernetes.io/configuration-snippet": "more_set_headers \"X-Frame-Options: DENY\";"}}, "spec": {"ingressClassName": "nginx", "rules": [{"host": "shop.example.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "web", "port": {"number": 80}}}}]}}]}}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "Ingress", "address": "Ingress/web-ok", "kind": "kubernetes", "values": {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "web-ok", "namespace": "shop", "annotations": {"nginx.ingress.kubernetes.io/ssl-redirect": "true"}}, "spec": {"ingressClassName": "nginx", "rules": [{"host": "shop.example.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "web", "port": {"number": 80}}}}]}}]}}, "unknown": []}
}
