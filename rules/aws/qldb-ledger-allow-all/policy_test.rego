package tollgate.aws.qldb_ledger_allow_all_test

import rego.v1

import data.tollgate.aws.qldb_ledger_allow_all as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_qldb_ledger", "address": "aws_qldb_ledger.x", "kind": "terraform", "values": {"name": "payments", "permissions_mode": "ALLOW_ALL"}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::QLDB::Ledger", "address": "AWS::QLDB::Ledger.x", "kind": "cloudformation", "values": {"PermissionsMode": "ALLOW_ALL"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_qldb_ledger", "address": "aws_qldb_ledger.x", "kind": "terraform", "values": {"name": "payments-ok", "permissions_mode": "STANDARD"}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::QLDB::Ledger", "address": "AWS::QLDB::Ledger.x", "kind": "cloudformation", "values": {"PermissionsMode": "STANDARD"}, "unknown": []}
}
