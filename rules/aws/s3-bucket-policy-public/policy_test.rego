package tollgate.aws.s3_bucket_policy_public_test

import rego.v1

import data.tollgate.aws.s3_bucket_policy_public as rule

test_star_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_s3_bucket_policy", "address": "aws_s3_bucket_policy.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}"}, "unknown": []}
}

test_tls_only_deny_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_s3_bucket_policy", "address": "aws_s3_bucket_policy.x", "kind": "terraform", "values": {"policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:*\", \"Resource\": \"*\", \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"false\"}}}]}"}, "unknown": []}
}
