package tollgate.aws.cloudfront_origin_plain_http_test

import rego.v1

import data.tollgate.aws.cloudfront_origin_plain_http as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"enabled": true, "origin": [{"domain_name": "api.example.com", "origin_id": "api", "custom_origin_config": [{"http_port": 80, "https_port": 443, "origin_protocol_policy": "http-only", "origin_ssl_protocols": ["TLSv1.2"]}]}], "default_cache_behavior": [{"target_origin_id": "api", "viewer_protocol_policy": "redirect-to-https", "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"], "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"}], "restrictions": [{"geo_restriction": [{"restriction_type": "none"}]}], "viewer_certificate": [{"acm_certificate_arn": "arn:aws:acm:us-east-1:123456789012:certificate/1", "ssl_support_method": "sni-only", "minimum_protocol_version": "TLSv1.2_2021"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_cloudfront_distribution", "address": "aws_cloudfront_distribution.x", "kind": "terraform", "values": {"enabled": true, "origin": [{"domain_name": "api.example.com", "origin_id": "api", "custom_origin_config": [{"http_port": 80, "https_port": 443, "origin_protocol_policy": "https-only", "origin_ssl_protocols": ["TLSv1.2"]}]}], "default_cache_behavior": [{"target_origin_id": "api", "viewer_protocol_policy": "redirect-to-https", "allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"], "cache_policy_id": "658327ea-f89d-4fab-a63d-7e88639e58f6"}], "restrictions": [{"geo_restriction": [{"restriction_type": "none"}]}], "viewer_certificate": [{"acm_certificate_arn": "arn:aws:acm:us-east-1:123456789012:certificate/1", "ssl_support_method": "sni-only", "minimum_protocol_version": "TLSv1.2_2021"}]}, "unknown": []}
}
