# METADATA
# title: Lambda permission lets anyone invoke the function
# description: "An `aws_lambda_permission` grants the principal `*` without `source_arn` or `source_account`."
# custom:
#   id: AWS058
#   severity: high
#   resource_types: [aws_lambda_permission, "AWS::Lambda::Permission"]
#   tags: [lambda, access]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3"]
#   why: "Any AWS account can invoke the function: its cost, its side effects and its data are open to strangers."
#   remediation: "Set the principal to the calling service or account, and `source_arn` (or `source_account`) to the caller."
#   example: |
#     resource "aws_lambda_permission" "s3" {
#       action        = "lambda:InvokeFunction"
#       function_name = aws_lambda_function.thumbnails.function_name
#       principal     = "s3.amazonaws.com"
#       source_arn    = aws_s3_bucket.uploads.arn
#     }
package tollgate.aws.lambda_permission_public

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets anyone invoke the function", [input.address]), "attribute": "principal"} if {
	input.type == "aws_lambda_permission"
	input.values.principal == "*"
	not input.values.source_arn
	not input.values.source_account
	not lib.unknown("source_arn")
}

deny contains {"msg": sprintf("%s lets anyone invoke the function", [input.address]), "attribute": "Principal"} if {
	input.type == "AWS::Lambda::Permission"
	input.values.Principal == "*"
	not input.values.SourceArn
	not input.values.SourceAccount
}
