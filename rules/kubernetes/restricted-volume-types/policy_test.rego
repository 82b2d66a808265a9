package tollgate.kubernetes.restricted_volume_types_test

import rego.v1

import data.tollgate.kubernetes.restricted_volume_types as rule

test_nfs_denied if {
	count(rule.deny) == 1 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"volumes": [{"name": "share", "nfs": {"server": "10.0.0.5", "path": "/exports"}}], "containers": [{"name": "a"}]}}}
}

test_claims_and_config_allowed if {
	count(rule.deny) == 0 with input as {"type": "Pod", "address": "Pod/p", "kind": "kubernetes", "values": {"spec": {"volumes": [{"name": "d", "persistentVolumeClaim": {"claimName": "d"}}, {"name": "c", "configMap": {"name": "c"}}, {"name": "h", "hostPath": {"path": "/var/log"}}], "containers": [{"name": "a"}]}}}
}
