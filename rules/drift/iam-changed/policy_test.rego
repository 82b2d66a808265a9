package tollgate.drift.iam_changed_test

import rego.v1

import data.tollgate.drift.iam_changed as rule

role(changes) := {"type": "aws_iam_role_policy", "address": "aws_iam_role_policy.p", "values": {}, "drift": {"status": "changed", "changes": changes}}

test_wildcard_added_is_critical if {
	policy := "{\"Statement\":[{\"Action\":\"*\",\"Resource\":\"*\"}]}"
	some finding in rule.deny with input as role([{"attribute": "policy", "desired": "{}", "live": policy}])
	finding.severity == "critical"
}

test_other_change_is_high if {
	some finding in rule.deny with input as role([{"attribute": "name", "desired": "a", "live": "b"}])
	finding.severity == "high"
}

test_kubernetes_rbac if {
	count(rule.deny) == 1 with input as {"type": "ClusterRoleBinding", "address": "ClusterRoleBinding/default/x", "values": {}, "drift": {"status": "changed", "changes": [{"attribute": "subjects", "desired": [], "live": [{"name": "eve"}]}]}}
}

test_other_types_ignored if {
	count(rule.deny) == 0 with input as {"type": "aws_sqs_queue", "address": "aws_sqs_queue.q", "values": {}, "drift": {"status": "changed", "changes": [{"attribute": "name", "desired": "a", "live": "b"}]}}
}
