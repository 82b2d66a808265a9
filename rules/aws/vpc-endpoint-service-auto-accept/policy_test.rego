package tollgate.aws.vpc_endpoint_service_auto_accept_test

import rego.v1

import data.tollgate.aws.vpc_endpoint_service_auto_accept as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_vpc_endpoint_service", "address": "aws_vpc_endpoint_service.x", "kind": "terraform", "values": {"acceptance_required": false, "network_load_balancer_arns": ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/1"]}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::EC2::VPCEndpointService", "address": "AWS::EC2::VPCEndpointService.x", "kind": "cloudformation", "values": {"AcceptanceRequired": false, "NetworkLoadBalancerArns": ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/1"]}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_vpc_endpoint_service", "address": "aws_vpc_endpoint_service.x", "kind": "terraform", "values": {"acceptance_required": true, "network_load_balancer_arns": ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/1"]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::EC2::VPCEndpointService", "address": "AWS::EC2::VPCEndpointService.x", "kind": "cloudformation", "values": {"AcceptanceRequired": true, "NetworkLoadBalancerArns": ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/api/1"]}, "unknown": []}
}
