package tollgate.aws.iam_policy_attached_to_user_test

import rego.v1

import data.tollgate.aws.iam_policy_attached_to_user as rule

test_user_attachment_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_user_policy_attachment", "address": "aws_iam_user_policy_attachment.x", "kind": "terraform", "values": {"user": "alice"}, "unknown": []}
}

test_group_attachment_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_policy_attachment", "address": "aws_iam_policy_attachment.x", "kind": "terraform", "values": {"groups": ["devs"]}, "unknown": []}
}
