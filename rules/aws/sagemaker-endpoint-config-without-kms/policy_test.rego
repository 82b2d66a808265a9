package tollgate.aws.sagemaker_endpoint_config_without_kms_test

import rego.v1

import data.tollgate.aws.sagemaker_endpoint_config_without_kms as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_sagemaker_endpoint_configuration", "address": "aws_sagemaker_endpoint_configuration.x", "kind": "terraform", "values": {"name": "model", "production_variants": [{"variant_name": "main", "model_name": "model", "initial_instance_count": 1, "instance_type": "ml.m5.large"}]}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::SageMaker::EndpointConfig", "address": "AWS::SageMaker::EndpointConfig.x", "kind": "cloudformation", "values": {"ProductionVariants": [{"VariantName": "main", "ModelName": "model", "InitialInstanceCount": 1, "InstanceType": "ml.m5.large"}]}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_sagemaker_endpoint_configuration", "address": "aws_sagemaker_endpoint_configuration.x", "kind": "terraform", "values": {"name": "model-ok", "kms_key_arn": "arn:aws:kms:eu-west-1:123456789012:key/1111", "production_variants": [{"variant_name": "main", "model_name": "model", "initial_instance_count": 1, "instance_type": "ml.m5.large"}]}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::SageMaker::EndpointConfig", "address": "AWS::SageMaker::EndpointConfig.x", "kind": "cloudformation", "values": {"KmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/1111", "ProductionVariants": [{"VariantName": "main", "ModelName": "model", "InitialInstanceCount": 1, "InstanceType": "ml.m5.large"}]}, "unknown": []}
}
