package tollgate.aws.redshift_audit_logging_disabled_test

import rego.v1

import data.tollgate.aws.redshift_audit_logging_disabled as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"resources": [{"type": "aws_redshift_cluster", "address": "aws_redshift_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "warehouse", "node_type": "ra3.xlplus", "master_username": "admin", "manage_master_password": true}, "unknown": [], "source": {"file": "main.tf", "line": 1}}]}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"resources": [{"type": "aws_redshift_cluster", "address": "aws_redshift_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "warehouse-ok", "node_type": "ra3.xlplus", "master_username": "admin", "manage_master_password": true, "logging": [{"enable": true, "log_destination_type": "cloudwatch", "log_exports": ["connectionlog", "userlog"]}]}, "unknown": [], "source": {"file": "main.tf", "line": 1}}]}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"resources": [{"type": "AWS::Redshift::Cluster", "address": "AWS::Redshift::Cluster.x", "kind": "cloudformation", "values": {"NodeType": "ra3.xlplus", "ClusterType": "single-node", "DBName": "dw", "MasterUsername": "admin", "ManageMasterPassword": true, "LoggingProperties": {"LogDestinationType": "cloudwatch"}}, "unknown": [], "source": {"file": "main.tf", "line": 1}}]}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"resources": [{"type": "aws_redshift_cluster", "address": "aws_redshift_cluster.x", "kind": "terraform", "values": {"cluster_identifier": "warehouse-logged", "node_type": "ra3.xlplus"}, "unknown": [], "source": {"file": "main.tf", "line": 1}}, {"type": "aws_redshift_logging", "address": "aws_redshift_logging.x", "kind": "terraform", "values": {"log_destination_type": "cloudwatch"}, "unknown": ["cluster_identifier"], "source": {"file": "main.tf", "line": 9}}]}
}
