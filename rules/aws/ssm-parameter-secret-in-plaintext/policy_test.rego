package tollgate.aws.ssm_parameter_secret_in_plaintext_test

import rego.v1

import data.tollgate.aws.ssm_parameter_secret_in_plaintext as rule

test_plain_secret_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_ssm_parameter", "address": "aws_ssm_parameter.x", "kind": "terraform", "values": {"type": "String", "name": "/app/db/password"}, "unknown": []}
}

test_secure_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ssm_parameter", "address": "aws_ssm_parameter.x", "kind": "terraform", "values": {"type": "SecureString", "name": "/app/db/password"}, "unknown": []}
}

test_plain_setting_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ssm_parameter", "address": "aws_ssm_parameter.x", "kind": "terraform", "values": {"type": "String", "name": "/app/log_level"}, "unknown": []}
}
