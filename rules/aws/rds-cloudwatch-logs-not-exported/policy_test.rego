package tollgate.aws.rds_cloudwatch_logs_not_exported_test

import rego.v1

import data.tollgate.aws.rds_cloudwatch_logs_not_exported as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_set_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"enabled_cloudwatch_logs_exports": ["postgresql", "upgrade"]}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {}, "unknown": ["enabled_cloudwatch_logs_exports"]}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::RDS::DBInstance", "address": "AWS::RDS::DBInstance/x", "kind": "cloudformation", "values": {}, "unknown": []}
}

test_cfn_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::RDS::DBInstance", "address": "AWS::RDS::DBInstance/x", "kind": "cloudformation", "values": {"EnableCloudwatchLogsExports": ["postgresql", "upgrade"]}, "unknown": []}
}
