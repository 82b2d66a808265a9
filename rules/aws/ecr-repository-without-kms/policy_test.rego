package tollgate.aws.ecr_repository_without_kms_test

import rego.v1

import data.tollgate.aws.ecr_repository_without_kms as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_ecr_repository", "address": "aws_ecr_repository.x", "kind": "terraform", "values": {"name": "api", "image_tag_mutability": "IMMUTABLE"}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::ECR::Repository", "address": "AWS::ECR::Repository.x", "kind": "cloudformation", "values": {"RepositoryName": "api", "ImageTagMutability": "IMMUTABLE"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_ecr_repository", "address": "aws_ecr_repository.x", "kind": "terraform", "values": {"name": "api-ok", "image_tag_mutability": "IMMUTABLE", "encryption_configuration": [{"encryption_type": "KMS"}]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::ECR::Repository", "address": "AWS::ECR::Repository.x", "kind": "cloudformation", "values": {"RepositoryName": "api", "ImageTagMutability": "IMMUTABLE", "EncryptionConfiguration": {"EncryptionType": "KMS"}}, "unknown": []}
}
