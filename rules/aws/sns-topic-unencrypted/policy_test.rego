package tollgate.aws.sns_topic_unencrypted_test

import rego.v1

import data.tollgate.aws.sns_topic_unencrypted as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_sns_topic", "address": "aws_sns_topic.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_key_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_sns_topic", "address": "aws_sns_topic.x", "kind": "terraform", "values": {"kms_master_key_id": "alias/aws/sns"}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::SNS::Topic", "address": "AWS::SNS::Topic.x", "kind": "cloudformation", "values": {}, "unknown": []}
}
