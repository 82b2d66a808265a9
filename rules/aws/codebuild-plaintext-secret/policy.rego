# METADATA
# title: CodeBuild project with a secret in a plain-text environment variable
# description: "An `environment_variable` of type `PLAINTEXT` (the default) whose name names a secret holds a literal value."
# custom:
#   id: AWS133
#   severity: high
#   resource_types: [aws_codebuild_project, "AWS::CodeBuild::Project"]
#   tags: [codebuild, secrets]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     pci-dss-v4: ["8.3.2"]
#   why: "Plain-text variables are shown in the console and API to anyone who can read the project, and stay in the repository's history."
#   remediation: "Use `type = \"PARAMETER_STORE\"` or `\"SECRETS_MANAGER\"` with the parameter's or secret's name as the value."
#   example: |
#     environment_variable {
#       name  = "DB_PASSWORD"
#       type  = "SECRETS_MANAGER"
#       value = "prod/db:password"
#     }
package tollgate.aws.codebuild_plaintext_secret

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps %v in a plain-text environment variable", [input.address, variable.name]), "attribute": sprintf("environment[0].environment_variable[%d].value", [i])} if {
	input.type == "aws_codebuild_project"
	some environment in lib.list(input.values, "environment")
	some i, variable in lib.list(environment, "environment_variable")
	object.get(variable, "type", "PLAINTEXT") == "PLAINTEXT"
	lib.secret_name(variable.name)
	lib.secret_literal(variable.value)
}

deny contains {"msg": sprintf("%s keeps %v in a plain-text environment variable", [input.address, variable.Name]), "attribute": sprintf("Environment.EnvironmentVariables[%d].Value", [i])} if {
	input.type == "AWS::CodeBuild::Project"
	some i, variable in lib.list(object.get(input.values, "Environment", {}), "EnvironmentVariables")
	object.get(variable, "Type", "PLAINTEXT") == "PLAINTEXT"
	lib.secret_name(variable.Name)
	lib.secret_literal(variable.Value)
}
