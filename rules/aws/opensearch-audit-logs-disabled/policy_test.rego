package tollgate.aws.opensearch_audit_logs_disabled_test

import rego.v1

import data.tollgate.aws.opensearch_audit_logs_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_opensearch_domain", "address": "aws_opensearch_domain.x", "kind": "terraform", "values": {"domain_name": "search", "engine_version": "OpenSearch_2.13"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_opensearch_domain", "address": "aws_opensearch_domain.x", "kind": "terraform", "values": {"domain_name": "search-ok", "engine_version": "OpenSearch_2.13", "log_publishing_options": [{"log_type": "AUDIT_LOGS", "cloudwatch_log_group_arn": "arn:aws:logs:eu-west-1:123456789012:log-group:opensearch-audit"}]}, "unknown": []}
}
