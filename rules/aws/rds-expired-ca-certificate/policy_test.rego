package tollgate.aws.rds_expired_ca_certificate_test

import rego.v1

import data.tollgate.aws.rds_expired_ca_certificate as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"identifier": "orders", "engine": "postgres", "instance_class": "db.t4g.medium", "ca_cert_identifier": "rds-ca-2019"}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::RDS::DBInstance", "address": "AWS::RDS::DBInstance.x", "kind": "cloudformation", "values": {"Engine": "postgres", "DBInstanceClass": "db.t4g.medium", "CACertificateIdentifier": "rds-ca-2019"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_db_instance", "address": "aws_db_instance.x", "kind": "terraform", "values": {"identifier": "orders-ok", "engine": "postgres", "instance_class": "db.t4g.medium", "ca_cert_identifier": "rds-ca-rsa2048-g1"}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::RDS::DBInstance", "address": "AWS::RDS::DBInstance.x", "kind": "cloudformation", "values": {"Engine": "postgres", "DBInstanceClass": "db.t4g.medium", "CACertificateIdentifier": "rds-ca-rsa2048-g1"}, "unknown": []}
}
