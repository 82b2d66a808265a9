package tollgate.aws.cloudfront_without_waf_test

import rego.v1

import data.tollgate.aws.cloudfront_without_waf as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"enabled": true}, "unknown": []}
}

test_acl_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"web_acl_id": "arn:aws:wafv2:us-east-1:1:global/webacl/edge/1"}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {}, "unknown": ["web_acl_id"]}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::CloudFront::Distribution", "address": "AWS::CloudFront::Distribution/x", "kind": "cloudformation", "values": {"DistributionConfig": {"Enabled": true}}, "unknown": []}
}

test_cfn_acl_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::CloudFront::Distribution", "address": "AWS::CloudFront::Distribution/x", "kind": "cloudformation", "values": {"DistributionConfig": {"WebACLId": "arn:x"}}, "unknown": []}
}
