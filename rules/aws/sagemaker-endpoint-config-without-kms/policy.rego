# METADATA
# title: SageMaker endpoint configuration without a KMS key
# description: "`kms_key_arn` is not set."
# custom:
#   id: AWS150
#   severity: low
#   resource_types: [aws_sagemaker_endpoint_configuration, "AWS::SageMaker::EndpointConfig"]
#   tags: [sagemaker, encryption, kms]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "The ML storage volumes attached to endpoint instances hold the model and request data."
#   remediation: "Set `kms_key_arn`."
#   example: |
#     kms_key_arn = aws_kms_key.sagemaker.arn
package tollgate.aws.sagemaker_endpoint_config_without_kms

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not encrypt the endpoint's storage with a customer-managed key", [input.address]), "attribute": "kms_key_arn"} if {
	input.type == "aws_sagemaker_endpoint_configuration"
	lib.blank(object.get(input.values, ["kms_key_arn"], null))
	not lib.unknown("kms_key_arn")
}

deny contains {"msg": sprintf("%s does not encrypt the endpoint's storage with a customer-managed key", [input.address]), "attribute": "KmsKeyId"} if {
	input.type == "AWS::SageMaker::EndpointConfig"
	lib.blank(object.get(input.values, ["KmsKeyId"], null))
}
