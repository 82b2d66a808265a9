package tollgate.aws.cloudfront_old_tls_test

import rego.v1

import data.tollgate.aws.cloudfront_old_tls as rule

test_old_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"viewer_certificate": [{"acm_certificate_arn": "a", "minimum_protocol_version": "TLSv1.1_2016"}]}, "unknown": []}
}

test_default_version_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"viewer_certificate": [{"acm_certificate_arn": "a"}]}, "unknown": []}
}

test_modern_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"viewer_certificate": [{"acm_certificate_arn": "a", "minimum_protocol_version": "TLSv1.2_2021"}]}, "unknown": []}
}

test_default_certificate_skipped if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"viewer_certificate": [{"cloudfront_default_certificate": true}]}, "unknown": []}
}
