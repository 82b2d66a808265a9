package tollgate.aws.ec2_user_data_secret_test

import rego.v1

import data.tollgate.aws.ec2_user_data_secret as rule

test_key_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"user_data": "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n"}, "unknown": []}
}

test_password_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"user_data": "DB_PASSWORD=hunter2hunter2 ./start"}, "unknown": []}
}

test_fetch_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "address": "aws_instance.x", "kind": "terraform", "values": {"user_data": "aws ssm get-parameter --name /app/db"}, "unknown": []}
}
