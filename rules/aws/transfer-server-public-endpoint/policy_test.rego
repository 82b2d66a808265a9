package tollgate.aws.transfer_server_public_endpoint_test

import rego.v1

import data.tollgate.aws.transfer_server_public_endpoint as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_transfer_server", "address": "aws_transfer_server.x", "kind": "terraform", "values": {"protocols": ["SFTP"], "identity_provider_type": "SERVICE_MANAGED"}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::Transfer::Server", "address": "AWS::Transfer::Server.x", "kind": "cloudformation", "values": {"Protocols": ["SFTP"], "IdentityProviderType": "SERVICE_MANAGED"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_transfer_server", "address": "aws_transfer_server.x", "kind": "terraform", "values": {"protocols": ["SFTP"], "identity_provider_type": "SERVICE_MANAGED", "endpoint_type": "VPC"}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::Transfer::Server", "address": "AWS::Transfer::Server.x", "kind": "cloudformation", "values": {"Protocols": ["SFTP"], "IdentityProviderType": "SERVICE_MANAGED", "EndpointType": "VPC"}, "unknown": []}
}
