# METADATA
# title: Lambda environment variables not encrypted with a customer-managed key
# description: "The function has `environment` variables but no `kms_key_arn`."
# custom:
#   id: AWS142
#   severity: low
#   resource_types: [aws_lambda_function, "AWS::Lambda::Function"]
#   tags: [lambda, encryption, kms]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Anyone who can read the function's configuration sees its environment decrypted; a customer-managed key limits that to principals the key policy allows."
#   remediation: "Set `kms_key_arn` to a customer-managed key."
#   example: |
#     kms_key_arn = aws_kms_key.lambda.arn
package tollgate.aws.lambda_environment_without_cmk

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s encrypts its environment variables with the AWS-managed key", [input.address]), "attribute": "kms_key_arn"} if {
	input.type == "aws_lambda_function"
	lib.blank(object.get(input.values, ["kms_key_arn"], null))
	count(lib.list(input.values, "environment")) > 0
	not lib.unknown("kms_key_arn")
}

deny contains {"msg": sprintf("%s encrypts its environment variables with the AWS-managed key", [input.address]), "attribute": "KmsKeyArn"} if {
	input.type == "AWS::Lambda::Function"
	lib.blank(object.get(input.values, ["KmsKeyArn"], null))
	input.values.Environment.Variables
}
