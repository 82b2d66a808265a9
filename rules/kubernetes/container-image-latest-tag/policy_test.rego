package tollgate.kubernetes.container_image_latest_tag_test

import rego.v1

import data.tollgate.kubernetes.container_image_latest_tag as rule

pod(image) := {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "app", "image": image}]}}}

test_latest_denied if {
	count(rule.deny) == 1 with input as pod("nginx:latest")
}

test_untagged_with_port_denied if {
	count(rule.deny) == 1 with input as pod("registry:5000/team/app")
}

test_version_allowed if {
	count(rule.deny) == 0 with input as pod("registry:5000/team/app:1.2.3")
}

test_digest_allowed if {
	count(rule.deny) == 0 with input as pod("nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31")
}
