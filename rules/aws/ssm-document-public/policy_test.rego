package tollgate.aws.ssm_document_public_test

import rego.v1

import data.tollgate.aws.ssm_document_public as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_ssm_document", "address": "aws_ssm_document.x", "kind": "terraform", "values": {"name": "patch", "document_type": "Command", "content": "{\"schemaVersion\":\"2.2\",\"mainSteps\":[]}", "permissions": {"type": "Share", "account_ids": "All"}}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_ssm_document", "address": "aws_ssm_document.x", "kind": "terraform", "values": {"name": "patch-ok", "document_type": "Command", "content": "{\"schemaVersion\":\"2.2\",\"mainSteps\":[]}", "permissions": {"type": "Share", "account_ids": "123456789012"}}, "unknown": []}
}
