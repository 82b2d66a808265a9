# METADATA
# title: ECR repository not encrypted with KMS
# description: "The repository has no `encryption_configuration { encryption_type = \"KMS\" }`."
# custom:
#   id: AWS124
#   severity: low
#   resource_types: [aws_ecr_repository, "AWS::ECR::Repository"]
#   tags: [ecr, encryption, kms]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Images are encrypted with S3-managed keys by default; a KMS key adds access control and an audit trail of every pull's decryption."
#   remediation: "Add `encryption_configuration { encryption_type = \"KMS\" }` (optionally with `kms_key`)."
#   example: |
#     encryption_configuration {
#       encryption_type = "KMS"
#       kms_key         = aws_kms_key.ecr.arn
#     }
package tollgate.aws.ecr_repository_without_kms

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted with KMS", [input.address]), "attribute": "encryption_configuration[0].encryption_type", "fix": {"set": {"encryption_configuration[0].encryption_type": "KMS"}, "risk": "medium"}} if {
	input.type == "aws_ecr_repository"
	value := object.get(input.values, ["encryption_configuration", 0, "encryption_type"], "AES256")
	value != null
	not lower(sprintf("%v", [value])) in {"kms", "kms_dsse"}
	not lib.unknown("encryption_configuration")
}

deny contains {"msg": sprintf("%s is not encrypted with KMS", [input.address]), "attribute": "EncryptionConfiguration.EncryptionType"} if {
	input.type == "AWS::ECR::Repository"
	value := object.get(input.values, ["EncryptionConfiguration", "EncryptionType"], "AES256")
	value != null
	not lower(sprintf("%v", [value])) in {"kms", "kms_dsse"}
}
