package tollgate.kubernetes.proc_mount_unmasked_test

import rego.v1

import data.tollgate.kubernetes.proc_mount_unmasked as rule

test_unmasked_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"initContainers": [{"name": "a", "securityContext": {"procMount": "Unmasked"}}]}}}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"containers": [{"name": "a", "securityContext": {"procMount": "Default"}}, {"name": "b"}]}}}
}
