package tollgate.aws.iam_role_trust_open_test

import rego.v1

import data.tollgate.aws.iam_role_trust_open as rule

test_star_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_iam_role", "address": "aws_iam_role.x", "kind": "terraform", "values": {"assume_role_policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", \"Principal\": {\"AWS\": \"*\"}}]}"}, "unknown": []}
}

test_conditioned_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_role", "address": "aws_iam_role.x", "kind": "terraform", "values": {"assume_role_policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", \"Principal\": {\"AWS\": \"*\"}, \"Condition\": {\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-1\"}}}]}"}, "unknown": []}
}

test_service_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_iam_role", "address": "aws_iam_role.x", "kind": "terraform", "values": {"assume_role_policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sts:AssumeRole\", \"Principal\": {\"Service\": \"ec2.amazonaws.com\"}}]}"}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::IAM::Role", "address": "AWS::IAM::Role.x", "kind": "cloudformation", "values": {"AssumeRolePolicyDocument": {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}]}}, "unknown": []}
}
