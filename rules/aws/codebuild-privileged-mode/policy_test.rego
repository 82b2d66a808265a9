package tollgate.aws.codebuild_privileged_mode_test

import rego.v1

import data.tollgate.aws.codebuild_privileged_mode as rule

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_codebuild_project", "address": "aws_codebuild_project.x", "kind": "terraform", "values": {"environment": [{"privileged_mode": true}]}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_codebuild_project", "address": "aws_codebuild_project.x", "kind": "terraform", "values": {"environment": [{"privileged_mode": false}]}, "unknown": []}
}

test_missing_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_codebuild_project", "address": "aws_codebuild_project.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_cfn_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::CodeBuild::Project", "address": "AWS::CodeBuild::Project/x", "kind": "cloudformation", "values": {"Environment": {"PrivilegedMode": true}}, "unknown": []}
}

test_cfn_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::CodeBuild::Project", "address": "AWS::CodeBuild::Project/x", "kind": "cloudformation", "values": {"Environment": {"PrivilegedMode": false}}, "unknown": []}
}
