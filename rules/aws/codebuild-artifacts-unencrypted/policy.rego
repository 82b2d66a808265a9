# METADATA
# title: CodeBuild project turns artifact encryption off
# description: "The project sets `artifacts { encryption_disabled = true }`."
# custom:
#   id: AWS090
#   severity: medium
#   resource_types: [aws_codebuild_project, "AWS::CodeBuild::Project"]
#   tags: [codebuild, encryption, supply-chain]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     hipaa: ["164.312(a)(2)(iv)"]
#   why: "Build artifacts are what gets deployed; unencrypted in S3 they can be read, and with a loose bucket policy, replaced."
#   remediation: "Remove `encryption_disabled = true` (CloudFormation `EncryptionDisabled`) so artifacts are encrypted with the project's key."
#   example: |
#     resource "aws_codebuild_project" "main" {
#       name         = "build"
#       service_role = "arn:aws:iam::123456789012:role/build"
#       artifacts {
#         encryption_disabled = false
#       }
#     }
package tollgate.aws.codebuild_artifacts_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s stores build artifacts unencrypted", [input.address]), "attribute": "artifacts[0].encryption_disabled", "fix": {"set": {"artifacts[0].encryption_disabled": false}, "risk": "low"}} if {
	input.type == "aws_codebuild_project"
	input.values["artifacts"][0]["encryption_disabled"] in {true}
}

deny contains {"msg": sprintf("%s stores build artifacts unencrypted", [input.address]), "attribute": "Artifacts.EncryptionDisabled"} if {
	input.type == "AWS::CodeBuild::Project"
	input.values["Artifacts"]["EncryptionDisabled"] in {true}
}
