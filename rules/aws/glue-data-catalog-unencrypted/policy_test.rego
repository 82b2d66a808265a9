package tollgate.aws.glue_data_catalog_unencrypted_test

import rego.v1

import data.tollgate.aws.glue_data_catalog_unencrypted as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_glue_data_catalog_encryption_settings", "address": "aws_glue_data_catalog_encryption_settings.x", "kind": "terraform", "values": {"data_catalog_encryption_settings": [{"connection_password_encryption": [{"return_connection_password_encrypted": false}], "encryption_at_rest": [{"catalog_encryption_mode": "DISABLED"}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_glue_data_catalog_encryption_settings", "address": "aws_glue_data_catalog_encryption_settings.x", "kind": "terraform", "values": {"data_catalog_encryption_settings": [{"connection_password_encryption": [{"return_connection_password_encrypted": true, "aws_kms_key_id": "arn:aws:kms:eu-west-1:123456789012:key/1111"}], "encryption_at_rest": [{"catalog_encryption_mode": "SSE-KMS", "sse_aws_kms_key_id": "arn:aws:kms:eu-west-1:123456789012:key/1111"}]}]}, "unknown": []}
}
