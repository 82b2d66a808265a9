# METADATA
# title: Lambda function without code signing
# description: "The function has no `code_signing_config_arn`."
# custom:
#   id: AWS143
#   severity: low
#   resource_types: [aws_lambda_function, "AWS::Lambda::Function"]
#   tags: [lambda, supply-chain]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#   why: "Code signing makes Lambda refuse packages not signed by your pipeline's profile, so a stolen deploy credential cannot push arbitrary code."
#   remediation: "Create an `aws_lambda_code_signing_config` and set `code_signing_config_arn`."
#   example: |
#     code_signing_config_arn = aws_lambda_code_signing_config.main.arn
package tollgate.aws.lambda_without_code_signing

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts code packages that are not signed", [input.address]), "attribute": "code_signing_config_arn"} if {
	input.type == "aws_lambda_function"
	lib.blank(object.get(input.values, ["code_signing_config_arn"], null))
	object.get(input.values, "package_type", "Zip") == "Zip"
	not lib.unknown("code_signing_config_arn")
}
