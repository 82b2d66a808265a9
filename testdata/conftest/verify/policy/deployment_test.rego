package main

test_root_deployment_is_denied if {
	deny["containers must not run as root"] with input as {"kind": "Deployment", "spec": {"template": {"spec": {}}}}
}

test_nonroot_deployment_is_allowed if {
	count(deny) == 0 with input as {"kind": "Deployment", "spec": {"template": {"spec": {"securityContext": {"runAsNonRoot": true}}}}}
}
