# METADATA
# title: CodeBuild project runs builds in privileged mode
# description: "The build environment sets `privileged_mode = true`."
# custom:
#   id: AWS091
#   severity: medium
#   resource_types: [aws_codebuild_project, "AWS::CodeBuild::Project"]
#   tags: [codebuild, containers, privilege, supply-chain]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6"]
#   why: "A privileged build container can reach the build host's Docker daemon and devices: a malicious dependency or pull request then owns the build host and its role."
#   remediation: "Set `privileged_mode = false` unless the project builds Docker images; for image builds prefer a rootless builder (BuildKit rootless, kaniko)."
#   example: |
#     resource "aws_codebuild_project" "main" {
#       name         = "build"
#       service_role = "arn:aws:iam::123456789012:role/build"
#       environment {
#         privileged_mode = false
#       }
#     }
package tollgate.aws.codebuild_privileged_mode

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s runs builds in privileged mode", [input.address]), "attribute": "environment[0].privileged_mode", "fix": {"set": {"environment[0].privileged_mode": false}, "risk": "medium"}} if {
	input.type == "aws_codebuild_project"
	input.values["environment"][0]["privileged_mode"] in {true}
}

deny contains {"msg": sprintf("%s runs builds in privileged mode", [input.address]), "attribute": "Environment.PrivilegedMode"} if {
	input.type == "AWS::CodeBuild::Project"
	input.values["Environment"]["PrivilegedMode"] in {true}
}
