package tollgate.aws.codebuild_plaintext_secret_test

import rego.v1

import data.tollgate.aws.codebuild_plaintext_secret as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_codebuild_project", "address": "aws_codebuild_project.x", "kind": "terraform", "values": {"name": "build", "service_role": "arn:aws:iam::123456789012:role/codebuild", "artifacts": [{"type": "NO_ARTIFACTS"}], "source": [{"type": "GITHUB", "location": "https://github.com/example/app.git"}], "environment": [{"compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0", "type": "LINUX_CONTAINER", "environment_variable": [{"name": "NPM_TOKEN", "value": "npm_4f9b2c81d0e7a6"}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_codebuild_project", "address": "aws_codebuild_project.x", "kind": "terraform", "values": {"name": "build-ok", "service_role": "arn:aws:iam::123456789012:role/codebuild", "artifacts": [{"type": "NO_ARTIFACTS"}], "source": [{"type": "GITHUB", "location": "https://github.com/example/app.git"}], "environment": [{"compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0", "type": "LINUX_CONTAINER", "environment_variable": [{"name": "NPM_TOKEN", "type": "SECRETS_MANAGER", "value": "ci/npm:token"}, {"name": "NODE_ENV", "value": "production"}]}]}, "unknown": []}
}
