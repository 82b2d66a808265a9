package tollgate.aws.msk_cluster_plaintext_test

import rego.v1

import data.tollgate.aws.msk_cluster_plaintext as rule

test_plaintext_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_msk_cluster", "address": "aws_msk_cluster.x", "kind": "terraform", "values": {"encryption_info": [{"encryption_in_transit": [{"client_broker": "PLAINTEXT"}]}]}, "unknown": []}
}

test_tls_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_msk_cluster", "address": "aws_msk_cluster.x", "kind": "terraform", "values": {"encryption_info": [{"encryption_in_transit": [{"client_broker": "TLS"}]}]}, "unknown": []}
}
