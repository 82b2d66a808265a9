# METADATA
# title: SageMaker notebook gives its users root
# description: "The notebook instance leaves `root_access` at its default, `Enabled`."
# custom:
#   id: AWS088
#   severity: medium
#   resource_types: [aws_sagemaker_notebook_instance, "AWS::SageMaker::NotebookInstance"]
#   tags: [sagemaker, privilege]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6"]
#   why: "With root, any notebook user can change the instance's software, read other users' files and the credentials of the instance role."
#   remediation: "Set `root_access = \"Disabled\"` (CloudFormation `RootAccess: Disabled`); install packages through lifecycle configurations."
#   example: |
#     resource "aws_sagemaker_notebook_instance" "main" {
#       name          = "research"
#       role_arn      = "arn:aws:iam::123456789012:role/notebook"
#       instance_type = "ml.t3.medium"
#       root_access = "Disabled"
#     }
package tollgate.aws.sagemaker_notebook_root_access

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s gives notebook users root", [input.address]), "attribute": "root_access", "fix": {"set": {"root_access": "Disabled"}, "risk": "low"}} if {
	input.type == "aws_sagemaker_notebook_instance"
	not input.values["root_access"] == "Disabled"
	not lib.unknown("root_access")
}

deny contains {"msg": sprintf("%s gives notebook users root", [input.address]), "attribute": "RootAccess"} if {
	input.type == "AWS::SageMaker::NotebookInstance"
	not input.values["RootAccess"] in {"Disabled", "Disabled"}
}
