package tollgate.kubernetes.host_pid_or_ipc_test

import rego.v1

import data.tollgate.kubernetes.host_pid_or_ipc as rule

test_host_pid_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"hostPID": true}}}
}

test_both_denied if {
	count(rule.deny) == 2 with input as {"type": "Deployment", "address": "Deployment/d", "values": {"spec": {"template": {"spec": {"hostPID": true, "hostIPC": true}}}}}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {}}}
}
