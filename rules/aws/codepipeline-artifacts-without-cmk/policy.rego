# METADATA
# title: CodePipeline artifact store without a customer-managed key
# description: "An `artifact_store` has no `encryption_key`."
# custom:
#   id: AWS134
#   severity: low
#   resource_types: [aws_codepipeline, "AWS::CodePipeline::Pipeline"]
#   tags: [codepipeline, encryption, kms]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Pipeline artifacts are the code and templates that get deployed; with the default S3-managed key you cannot restrict or audit who decrypts them."
#   remediation: "Add `encryption_key { id = aws_kms_key.pipeline.arn, type = \"KMS\" }` to each artifact store."
#   example: |
#     artifact_store {
#       location = aws_s3_bucket.artifacts.bucket
#       type     = "S3"
#       encryption_key {
#         id   = aws_kms_key.pipeline.arn
#         type = "KMS"
#       }
#     }
package tollgate.aws.codepipeline_artifacts_without_cmk

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s stores artifacts without a customer-managed key", [input.address]), "attribute": sprintf("artifact_store[%d]", [i])} if {
	input.type == "aws_codepipeline"
	some i, store in lib.list(input.values, "artifact_store")
	count(lib.list(store, "encryption_key")) == 0
	not lib.unknown("artifact_store")
}

deny contains {"msg": sprintf("%s stores artifacts without a customer-managed key", [input.address]), "attribute": "ArtifactStore.EncryptionKey"} if {
	input.type == "AWS::CodePipeline::Pipeline"
	store := input.values.ArtifactStore
	is_object(store)
	not store.EncryptionKey
}
