package tollgate.aws.elb_cross_zone_disabled_test

import rego.v1

import data.tollgate.aws.elb_cross_zone_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_elb", "address": "aws_elb.x", "kind": "terraform", "values": {"name": "legacy", "availability_zones": ["eu-west-1a", "eu-west-1b"], "cross_zone_load_balancing": false, "listener": [{"instance_port": 8443, "instance_protocol": "https", "lb_port": 443, "lb_protocol": "https", "ssl_certificate_id": "arn:aws:acm:eu-west-1:123456789012:certificate/1"}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_elb", "address": "aws_elb.x", "kind": "terraform", "values": {"name": "legacy-ok", "availability_zones": ["eu-west-1a", "eu-west-1b"], "listener": [{"instance_port": 8443, "instance_protocol": "https", "lb_port": 443, "lb_protocol": "https", "ssl_certificate_id": "arn:aws:acm:eu-west-1:123456789012:certificate/1"}]}, "unknown": []}
}
