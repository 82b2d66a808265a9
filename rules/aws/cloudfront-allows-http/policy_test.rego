package tollgate.aws.cloudfront_allows_http_test

import rego.v1

import data.tollgate.aws.cloudfront_allows_http as rule

test_allow_all_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"default_cache_behavior": [{"viewer_protocol_policy": "allow-all"}]}, "unknown": []}
}

test_redirect_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"default_cache_behavior": [{"viewer_protocol_policy": "redirect-to-https"}]}, "unknown": []}
}
