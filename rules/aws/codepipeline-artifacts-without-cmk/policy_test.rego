package tollgate.aws.codepipeline_artifacts_without_cmk_test

import rego.v1

import data.tollgate.aws.codepipeline_artifacts_without_cmk as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_codepipeline", "address": "aws_codepipeline.x", "kind": "terraform", "values": {"name": "deploy", "role_arn": "arn:aws:iam::123456789012:role/pipeline", "artifact_store": [{"location": "artifacts-bucket", "type": "S3"}], "stage": [{"name": "Source", "action": [{"name": "Source", "category": "Source", "owner": "AWS", "provider": "S3", "version": "1", "output_artifacts": ["src"], "configuration": {"S3Bucket": "src", "S3ObjectKey": "app.zip"}}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_codepipeline", "address": "aws_codepipeline.x", "kind": "terraform", "values": {"name": "deploy-ok", "role_arn": "arn:aws:iam::123456789012:role/pipeline", "artifact_store": [{"location": "artifacts-bucket", "type": "S3", "encryption_key": [{"id": "arn:aws:kms:eu-west-1:123456789012:key/1111", "type": "KMS"}]}], "stage": [{"name": "Source", "action": [{"name": "Source", "category": "Source", "owner": "AWS", "provider": "S3", "version": "1", "output_artifacts": ["src"], "configuration": {"S3Bucket": "src", "S3ObjectKey": "app.zip"}}]}]}, "unknown": []}
}
