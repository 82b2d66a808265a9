# METADATA
# title: Secrets Manager secret uses the AWS managed key
# description: "The secret sets no `kms_key_id`."
# custom:
#   id: AWS095
#   severity: low
#   resource_types: [aws_secretsmanager_secret, "AWS::SecretsManager::Secret"]
#   tags: [secrets-manager, encryption, kms]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     hipaa: ["164.312(a)(2)(iv)"]
#   why: "With `aws/secretsmanager`, any principal with secretsmanager:GetSecretValue can decrypt; a customer key adds a key policy, cross-account use and revocation."
#   remediation: "Set `kms_key_id` to a customer managed key and grant `kms:Decrypt` only to the roles that read the secret."
#   example: |
#     resource "aws_secretsmanager_secret" "main" {
#       name = "prod/db/password"
#       kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/2f8e1b"
#     }
package tollgate.aws.secretsmanager_secret_without_cmk

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is encrypted with the AWS managed key", [input.address]), "attribute": "kms_key_id"} if {
	input.type == "aws_secretsmanager_secret"
	object.get(input.values, "kms_key_id", null) in {null, "", []}
	not lib.unknown("kms_key_id")
}

deny contains {"msg": sprintf("%s is encrypted with the AWS managed key", [input.address]), "attribute": "KmsKeyId"} if {
	input.type == "AWS::SecretsManager::Secret"
	object.get(input.values, "KmsKeyId", null) in {null, "", []}
}
