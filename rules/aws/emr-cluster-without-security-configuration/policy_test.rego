package tollgate.aws.emr_cluster_without_security_configuration_test

import rego.v1

import data.tollgate.aws.emr_cluster_without_security_configuration as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_emr_cluster", "address": "aws_emr_cluster.x", "kind": "terraform", "values": {"name": "etl", "release_label": "emr-7.1.0", "applications": ["Spark"], "service_role": "EMR_DefaultRole", "master_instance_group": [{"instance_type": "m5.xlarge"}], "ec2_attributes": [{"instance_profile": "EMR_EC2_DefaultRole", "subnet_id": "subnet-0a1"}]}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::EMR::Cluster", "address": "AWS::EMR::Cluster.x", "kind": "cloudformation", "values": {"Name": "etl", "ReleaseLabel": "emr-7.1.0", "JobFlowRole": "EMR_EC2_DefaultRole", "ServiceRole": "EMR_DefaultRole", "Instances": {"MasterInstanceGroup": {"InstanceCount": 1, "InstanceType": "m5.xlarge"}}}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_emr_cluster", "address": "aws_emr_cluster.x", "kind": "terraform", "values": {"name": "etl-ok", "release_label": "emr-7.1.0", "applications": ["Spark"], "service_role": "EMR_DefaultRole", "security_configuration": "encrypted", "master_instance_group": [{"instance_type": "m5.xlarge"}], "ec2_attributes": [{"instance_profile": "EMR_EC2_DefaultRole", "subnet_id": "subnet-0a1"}]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::EMR::Cluster", "address": "AWS::EMR::Cluster.x", "kind": "cloudformation", "values": {"Name": "etl", "ReleaseLabel": "emr-7.1.0", "JobFlowRole": "EMR_EC2_DefaultRole", "ServiceRole": "EMR_DefaultRole", "SecurityConfiguration": "encrypted", "Instances": {"MasterInstanceGroup": {"InstanceCount": 1, "InstanceType": "m5.xlarge"}}}, "unknown": []}
}
