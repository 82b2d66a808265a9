package tollgate.aws.glue_security_configuration_unencrypted_test

import rego.v1

import data.tollgate.aws.glue_security_configuration_unencrypted as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_glue_security_configuration", "address": "aws_glue_security_configuration.x", "kind": "terraform", "values": {"name": "jobs", "encryption_configuration": [{"s3_encryption": [{"s3_encryption_mode": "DISABLED"}], "cloudwatch_encryption": [{"cloudwatch_encryption_mode": "DISABLED"}], "job_bookmarks_encryption": [{"job_bookmarks_encryption_mode": "DISABLED"}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_glue_security_configuration", "address": "aws_glue_security_configuration.x", "kind": "terraform", "values": {"name": "jobs-ok", "encryption_configuration": [{"s3_encryption": [{"s3_encryption_mode": "SSE-KMS", "kms_key_arn": "arn:aws:kms:eu-west-1:123456789012:key/1111"}], "cloudwatch_encryption": [{"cloudwatch_encryption_mode": "SSE-KMS", "kms_key_arn": "arn:aws:kms:eu-west-1:123456789012:key/1111"}], "job_bookmarks_encryption": [{"job_bookmarks_encryption_mode": "CSE-KMS", "kms_key_arn": "arn:aws:kms:eu-west-1:123456789012:key/1111"}]}]}, "unknown": []}
}
