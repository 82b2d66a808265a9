package tollgate.aws.kinesis_stream_unencrypted_test

import rego.v1

import data.tollgate.aws.kinesis_stream_unencrypted as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_kinesis_stream", "address": "aws_kinesis_stream.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_kms_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_kinesis_stream", "address": "aws_kinesis_stream.x", "kind": "terraform", "values": {"encryption_type": "KMS"}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::Kinesis::Stream", "address": "AWS::Kinesis::Stream.x", "kind": "cloudformation", "values": {}, "unknown": []}
}
