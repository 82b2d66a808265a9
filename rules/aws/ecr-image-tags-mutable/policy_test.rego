package tollgate.aws.ecr_image_tags_mutable_test

import rego.v1

import data.tollgate.aws.ecr_image_tags_mutable as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_ecr_repository", "address": "aws_ecr_repository.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_immutable_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_ecr_repository", "address": "aws_ecr_repository.x", "kind": "terraform", "values": {"image_tag_mutability": "IMMUTABLE"}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::ECR::Repository", "address": "AWS::ECR::Repository.x", "kind": "cloudformation", "values": {}, "unknown": []}
}
