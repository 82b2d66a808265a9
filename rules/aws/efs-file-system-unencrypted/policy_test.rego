package tollgate.aws.efs_file_system_unencrypted_test

import rego.v1

import data.tollgate.aws.efs_file_system_unencrypted as rule

test_off_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_efs_file_system", "address": "aws_efs_file_system.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_efs_file_system", "address": "aws_efs_file_system.x", "kind": "terraform", "values": {"encrypted": true}, "unknown": []}
}

test_template_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::EFS::FileSystem", "address": "AWS::EFS::FileSystem.x", "kind": "cloudformation", "values": {}, "unknown": []}
}
