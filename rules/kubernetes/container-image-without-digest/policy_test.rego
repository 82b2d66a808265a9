package tollgate.kubernetes.container_image_without_digest_test

import rego.v1

import data.tollgate.kubernetes.container_image_without_digest as rule

test_tag_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/x", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "image": "nginx:1.27"}]}}, "unknown": []}
}

test_init_tag_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/x", "kind": "kubernetes", "values": {"spec": {"initContainers": [{"name": "i", "image": "busybox:1.36"}], "containers": [{"name": "a", "image": "nginx@sha256:abc"}]}}, "unknown": []}
}

test_digest_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/x", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "image": "nginx:1.27@sha256:9f86d08"}]}}, "unknown": []}
}
