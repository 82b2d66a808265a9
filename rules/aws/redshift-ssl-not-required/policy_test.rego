package tollgate.aws.redshift_ssl_not_required_test

import rego.v1

import data.tollgate.aws.redshift_ssl_not_required as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_redshift_parameter_group", "address": "aws_redshift_parameter_group.x", "kind": "terraform", "values": {"name": "warehouse", "family": "redshift-1.0", "parameter": [{"name": "require_ssl", "value": "false"}]}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::Redshift::ClusterParameterGroup", "address": "AWS::Redshift::ClusterParameterGroup.x", "kind": "cloudformation", "values": {"Description": "warehouse", "ParameterGroupFamily": "redshift-1.0", "Parameters": [{"ParameterName": "enable_user_activity_logging", "ParameterValue": "true"}]}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_redshift_parameter_group", "address": "aws_redshift_parameter_group.x", "kind": "terraform", "values": {"name": "warehouse-ok", "family": "redshift-1.0", "parameter": [{"name": "require_ssl", "value": "true"}]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::Redshift::ClusterParameterGroup", "address": "AWS::Redshift::ClusterParameterGroup.x", "kind": "cloudformation", "values": {"Description": "warehouse", "ParameterGroupFamily": "redshift-1.0", "Parameters": [{"ParameterName": "require_ssl", "ParameterValue": "true"}]}, "unknown": []}
}
