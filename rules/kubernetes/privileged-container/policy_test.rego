package tollgate.kubernetes.privileged_container_test

import rego.v1

import data.tollgate.kubernetes.privileged_container as rule

pod(ctx) := {"type": "Pod", "address": "Pod/p", "values": {"spec": {"containers": [{"name": "app", "securityContext": ctx}]}}}

test_privileged_denied if {
	count(rule.deny) == 1 with input as pod({"privileged": true})
}

test_unprivileged_allowed if {
	count(rule.deny) == 0 with input as pod({"privileged": false})
}

test_cronjob_denied if {
	spec := {"jobTemplate": {"spec": {"template": {"spec": {"initContainers": [{"name": "init", "securityContext": {"privileged": true}}]}}}}}
	count(rule.deny) == 1 with input as {"type": "CronJob", "address": "CronJob/c", "values": {"spec": spec}}
}
