package tollgate.aws.vpc_flow_logs_missing_test

import rego.v1

import data.tollgate.aws.vpc_flow_logs_missing as rule

test_unlogged_denied if {
	count(rule.deny) == 1 with input as {"resources": [{"type": "aws_vpc", "kind": "terraform", "address": "aws_vpc.main", "source": {"file": "m.tf"}}]}
}

test_logged_allowed if {
	count(rule.deny) == 0 with input as {"resources": [{"type": "aws_vpc", "kind": "terraform", "address": "aws_vpc.main", "source": {"file": "m.tf"}}, {"type": "aws_flow_log", "kind": "terraform", "address": "aws_flow_log.f", "references": {"vpc_id": ["aws_vpc.main"]}}]}
}

test_data_source_vpc_allowed if {
	count(rule.deny) == 0 with input as {"resources": [{"type": "aws_vpc", "kind": "terraform", "address": "data.aws_vpc.default", "source": {"file": "main.tf", "line": 1}, "values": {}, "references": {}}]}
}
