package tollgate.aws.iam_policy_admin_access_test

import rego.v1

import data.tollgate.aws.iam_policy_admin_access as rule

test_admin_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_policy", "address": "aws_iam_policy.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}, "unknown": []}
}

test_list_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_role_policy", "address": "aws_iam_role_policy.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"*\"], \"Resource\": [\"*\"]}]}"}, "unknown": []}
}

test_scoped_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_policy", "address": "aws_iam_policy.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}"}, "unknown": []}
}

test_deny_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_policy", "address": "aws_iam_policy.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}]}"}, "unknown": []}
}
