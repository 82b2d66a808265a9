package tollgate.aws.sqs_queue_policy_public_test

import rego.v1

import data.tollgate.aws.sqs_queue_policy_public as rule

test_star_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_sqs_queue_policy", "address": "aws_sqs_queue_policy.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"x:Y\", \"Resource\": \"*\"}]}"}, "unknown": []}
}

test_conditioned_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_sqs_queue_policy", "address": "aws_sqs_queue_policy.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"x:Y\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-1\"}}}]}"}, "unknown": []}
}
