# METADATA
# title: Lambda function has a secret in its environment variables
# description: "An environment variable named like a secret (password, secret, token, API key, private key) holds a literal value."
# custom:
#   id: AWS104
#   severity: high
#   resource_types: [aws_lambda_function, "AWS::Lambda::Function"]
#   tags: [lambda, secrets]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-5"]
#     pci-dss-v4: ["8.3.1"]
#   why: "Environment variables are shown in plain text to anyone with lambda:GetFunctionConfiguration, in the console, the Terraform state and every plan."
#   remediation: "Keep the secret in Secrets Manager or SSM Parameter Store and pass its name; the function reads it at start with its role."
#   example: |
#     resource "aws_lambda_function" "api" {
#       function_name = "api"
#       role          = aws_iam_role.api.arn
#       runtime       = "python3.12"
#       handler       = "app.handler"
#       filename      = "api.zip"
#       environment {
#         variables = {
#           DB_PASSWORD_SECRET = aws_secretsmanager_secret.db.name
#         }
#       }
#     }
package tollgate.aws.lambda_environment_secret

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has the secret %s in its environment", [input.address, name]), "attribute": sprintf("environment[0].variables.%s", [name])} if {
	input.type == "aws_lambda_function"
	variables := input.values.environment[0].variables
	is_object(variables)
	some name, value in variables
	lib.secret_name(name)
	lib.secret_literal(value)
	not lib.unknown(sprintf("environment[0].variables.%s", [name]))
}

deny contains {"msg": sprintf("%s has the secret %s in its environment", [input.address, name]), "attribute": sprintf("Environment.Variables.%s", [name])} if {
	input.type == "AWS::Lambda::Function"
	variables := input.values.Environment.Variables
	is_object(variables)
	some name, value in variables
	lib.secret_name(name)
	lib.secret_literal(value)
}
