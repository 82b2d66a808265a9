# METADATA
# title: Cognito user pool without MFA
# description: "`mfa_configuration` is `OFF` (the default)."
# custom:
#   id: AWS157
#   severity: medium
#   resource_types: [aws_cognito_user_pool, "AWS::Cognito::UserPool"]
#   tags: [cognito, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "Passwords alone fall to phishing and credential stuffing; MFA stops most account takeovers."
#   remediation: "Set `mfa_configuration = \"ON\"` (or `\"OPTIONAL\"`) with `software_token_mfa_configuration { enabled = true }`."
#   example: |
#     mfa_configuration = "ON"
#     software_token_mfa_configuration {
#       enabled = true
#     }
package tollgate.aws.cognito_user_pool_mfa_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not offer multi-factor authentication", [input.address]), "attribute": "mfa_configuration"} if {
	input.type == "aws_cognito_user_pool"
	value := object.get(input.values, ["mfa_configuration"], "OFF")
	value != null
	not lower(sprintf("%v", [value])) in {"on", "optional"}
	not lib.unknown("mfa_configuration")
}

deny contains {"msg": sprintf("%s does not offer multi-factor authentication", [input.address]), "attribute": "MfaConfiguration"} if {
	input.type == "AWS::Cognito::UserPool"
	value := object.get(input.values, ["MfaConfiguration"], "OFF")
	value != null
	not lower(sprintf("%v", [value])) in {"on", "optional"}
}
