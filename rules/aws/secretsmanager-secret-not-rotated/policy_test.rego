package tollgate.aws.secretsmanager_secret_not_rotated_test

import rego.v1

import data.tollgate.aws.secretsmanager_secret_not_rotated as rule

test_unrotated_denied if {
	count(rule.deny) == 1 with input as {"resources": [{"type": "aws_secretsmanager_secret", "kind": "terraform", "address": "aws_secretsmanager_secret.db", "values": {}, "source": {"file": "m.tf"}}]}
}

test_rotated_allowed if {
	count(rule.deny) == 0 with input as {"resources": [{"type": "aws_secretsmanager_secret", "kind": "terraform", "address": "aws_secretsmanager_secret.db", "values": {}, "source": {"file": "m.tf"}}, {"type": "aws_secretsmanager_secret_rotation", "address": "r", "references": {"secret_id": ["aws_secretsmanager_secret.db"]}}]}
}
