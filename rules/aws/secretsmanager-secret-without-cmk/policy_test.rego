package tollgate.aws.secretsmanager_secret_without_cmk_test

import rego.v1

import data.tollgate.aws.secretsmanager_secret_without_cmk as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_secretsmanager_secret", "address": "aws_secretsmanager_secret.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_secretsmanager_secret", "address": "aws_secretsmanager_secret.x", "kind": "terraform", "values": {"kms_key_id": "arn:aws:kms:eu-west-1:123456789012:key/2f8e1b"}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_secretsmanager_secret", "address": "aws_secretsmanager_secret.x", "kind": "terraform", "values": {}, "unknown": ["kms_key_id"]}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::SecretsManager::Secret", "address": "AWS::SecretsManager::Secret/x", "kind": "cloudformation", "values": {}, "unknown": []}
}

test_cfn_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::SecretsManager::Secret", "address": "AWS::SecretsManager::Secret/x", "kind": "cloudformation", "values": {"KmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/2f8e1b"}, "unknown": []}
}
