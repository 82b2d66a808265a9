package tollgate.kubernetes.container_probes_missing_test

import rego.v1

import data.tollgate.kubernetes.container_probes_missing as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "Deployment", "address": "Deployment/p", "kind": "kubernetes", "values": {"spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}}
}

test_probe_allowed if {
	count(rule.deny) == 0 with input as {"type": "Deployment", "address": "Deployment/p", "kind": "kubernetes", "values": {"spec": {"template": {"spec": {"containers": [{"name": "a", "readinessProbe": {"tcpSocket": {"port": 80}}}]}}}}}
}

test_job_skipped if {
	count(rule.deny) == 0 with input as {"type": "Job", "address": "Job/p", "kind": "kubernetes", "values": {"spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}}
}
