package tollgate.aws.dynamodb_table_without_cmk_test

import rego.v1

import data.tollgate.aws.dynamodb_table_without_cmk as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_dynamodb_table", "address": "aws_dynamodb_table.x", "kind": "terraform", "values": {"name": "orders", "billing_mode": "PAY_PER_REQUEST", "hash_key": "id", "attribute": [{"name": "id", "type": "S"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_dynamodb_table", "address": "aws_dynamodb_table.x", "kind": "terraform", "values": {"name": "orders-ok", "billing_mode": "PAY_PER_REQUEST", "hash_key": "id", "attribute": [{"name": "id", "type": "S"}], "server_side_encryption": [{"enabled": true, "kms_key_arn": "arn:aws:kms:eu-west-1:123456789012:key/1111"}]}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "AWS::DynamoDB::Table", "address": "AWS::DynamoDB::Table.x", "kind": "cloudformation", "values": {"BillingMode": "PAY_PER_REQUEST", "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}], "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}], "SSESpecification": {"SSEEnabled": true, "SSEType": "KMS"}}, "unknown": []}
}
