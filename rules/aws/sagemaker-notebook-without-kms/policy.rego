# METADATA
# title: SageMaker notebook volume not encrypted with a customer key
# description: "The notebook instance sets no `kms_key_id`."
# custom:
#   id: AWS089
#   severity: low
#   resource_types: [aws_sagemaker_notebook_instance, "AWS::SageMaker::NotebookInstance"]
#   tags: [sagemaker, encryption, kms]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     hipaa: ["164.312(a)(2)(iv)"]
#   why: "The ML storage volume holds datasets and model artefacts; with an AWS-owned key, access cannot be revoked or audited through your key policy."
#   remediation: "Set `kms_key_id` (CloudFormation `KmsKeyId`) to a customer managed key."
#   example: |
#     resource "aws_sagemaker_notebook_instance" "main" {
#       name          = "research"
#       role_arn      = "arn:aws:iam::123456789012:role/notebook"
#       instance_type = "ml.t3.medium"
#       kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/2f8e1b"
#     }
package tollgate.aws.sagemaker_notebook_without_kms

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s stores its volume without a customer managed key", [input.address]), "attribute": "kms_key_id"} if {
	input.type == "aws_sagemaker_notebook_instance"
	object.get(input.values, "kms_key_id", null) in {null, "", []}
	not lib.unknown("kms_key_id")
}

deny contains {"msg": sprintf("%s stores its volume without a customer managed key", [input.address]), "attribute": "KmsKeyId"} if {
	input.type == "AWS::SageMaker::NotebookInstance"
	object.get(input.values, "KmsKeyId", null) in {null, "", []}
}
