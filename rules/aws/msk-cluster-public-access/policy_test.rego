package tollgate.aws.msk_cluster_public_access_test

import rego.v1

import data.tollgate.aws.msk_cluster_public_access as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_msk_cluster", "address": "aws_msk_cluster.x", "kind": "terraform", "values": {"cluster_name": "events", "kafka_version": "3.6.0", "number_of_broker_nodes": 3, "broker_node_group_info": [{"instance_type": "kafka.m5.large", "client_subnets": ["subnet-1", "subnet-2", "subnet-3"], "security_groups": ["sg-0a1"], "connectivity_info": [{"public_access": [{"type": "SERVICE_PROVIDED_EIPS"}]}]}]}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_msk_cluster", "address": "aws_msk_cluster.x", "kind": "terraform", "values": {"cluster_name": "events-ok", "kafka_version": "3.6.0", "number_of_broker_nodes": 3, "broker_node_group_info": [{"instance_type": "kafka.m5.large", "client_subnets": ["subnet-1", "subnet-2", "subnet-3"], "security_groups": ["sg-0a1"], "connectivity_info": [{"public_access": [{"type": "DISABLED"}]}]}]}, "unknown": []}
}
