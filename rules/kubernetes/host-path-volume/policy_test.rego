package tollgate.kubernetes.host_path_volume_test

import rego.v1

import data.tollgate.kubernetes.host_path_volume as rule

test_host_path_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"volumes": [{"name": "h", "hostPath": {"path": "/var/run/docker.sock"}}]}}}
}

test_empty_dir_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {"volumes": [{"name": "c", "emptyDir": {}}]}}}
}

test_no_volumes_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "values": {"spec": {}}}
}
