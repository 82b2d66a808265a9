package tollgate.aws.rds_enhanced_monitoring_disabled_test

import rego.v1

import data.tollgate.aws.rds_enhanced_monitoring_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"identifier": "orders", "engine": "mysql", "instance_class": "db.t4g.small", "monitoring_interval": 0}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"identifier": "orders-ok", "engine": "mysql", "instance_class": "db.t4g.small", "monitoring_interval": 60, "monitoring_role_arn": "arn:aws:iam::123456789012:role/rds-monitoring"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "AWS::RDS::DBInstance", "address": "AWS::RDS::DBInstance.x", "kind": "cloudformation", "values": {"Engine": "mysql", "DBInstanceClass": "db.t4g.small", "MonitoringInterval": 60}, "unknown": []}
}
