package tollgate.aws.transfer_server_plain_ftp_test

import rego.v1

import data.tollgate.aws.transfer_server_plain_ftp as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_transfer_server", "address": "aws_transfer_server.x", "kind": "terraform", "values": {"protocols": ["FTP", "SFTP"], "endpoint_type": "VPC", "identity_provider_type": "API_GATEWAY"}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::Transfer::Server", "address": "AWS::Transfer::Server.x", "kind": "cloudformation", "values": {"Protocols": ["FTP"], "EndpointType": "VPC"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_transfer_server", "address": "aws_transfer_server.x", "kind": "terraform", "values": {"protocols": ["SFTP", "FTPS"], "endpoint_type": "VPC", "identity_provider_type": "API_GATEWAY"}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::Transfer::Server", "address": "AWS::Transfer::Server.x", "kind": "cloudformation", "values": {"Protocols": ["SFTP"], "EndpointType": "VPC"}, "unknown": []}
}
