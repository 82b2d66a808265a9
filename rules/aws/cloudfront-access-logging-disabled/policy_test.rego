package tollgate.aws.cloudfront_access_logging_disabled_test

import rego.v1

import data.tollgate.aws.cloudfront_access_logging_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"enabled": true}, "unknown": []}
}

test_logging_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"logging_config": [{"bucket": "l.s3.amazonaws.com"}]}, "unknown": []}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::CloudFront::Distribution", "address": "AWS::CloudFront::Distribution/x", "kind": "cloudformation", "values": {"DistributionConfig": {"Enabled": true}}, "unknown": []}
}

test_cfn_logging_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::CloudFront::Distribution", "address": "AWS::CloudFront::Distribution/x", "kind": "cloudformation", "values": {"DistributionConfig": {"Logging": {"Bucket": "l.s3.amazonaws.com"}}}, "unknown": []}
}
