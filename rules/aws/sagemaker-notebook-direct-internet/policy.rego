# METADATA
# title: SageMaker notebook has direct internet access
# description: "A notebook instance does not set `direct_internet_access = \"Disabled\"` (the default is Enabled)."
# custom:
#   id: AWS067
#   severity: medium
#   resource_types: [aws_sagemaker_notebook_instance]
#   tags: [sagemaker, network, exposure]
#   frameworks:
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "Direct internet access bypasses the VPC's egress controls: data in the notebook can leave, and code can come in, unseen."
#   remediation: "Set `direct_internet_access = \"Disabled\"` and give the notebook a subnet with controlled egress."
#   example: |
#     resource "aws_sagemaker_notebook_instance" "research" {
#       name                   = "research"
#       role_arn               = aws_iam_role.sagemaker.arn
#       instance_type          = "ml.t3.medium"
#       subnet_id              = aws_subnet.private.id
#       direct_internet_access = "Disabled"
#     }
package tollgate.aws.sagemaker_notebook_direct_internet

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has direct internet access", [input.address]), "attribute": "direct_internet_access", "fix": {"set": {"direct_internet_access": "Disabled"}, "risk": "high"}} if {
	input.type in {"aws_sagemaker_notebook_instance"}
	not lib.unknown("direct_internet_access")
	object.get(input.values, "direct_internet_access", "Enabled") == "Enabled"
}
