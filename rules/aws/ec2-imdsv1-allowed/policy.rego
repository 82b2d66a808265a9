# METADATA
# title: EC2 instance metadata allows IMDSv1
# description: "The instance or launch template does not require IMDSv2 session tokens."
# custom:
#   id: AWS007
#   severity: high
#   resource_types: [aws_instance, aws_launch_template]
#   tags: [ec2, imds, credentials]
#   frameworks:
#     cis-aws-v3.0: ["5.6"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3"]
#   why: "With IMDSv1 a server-side request forgery in any application on the instance can read the instance role's credentials."
#   remediation: "Add `metadata_options { http_tokens = \"required\" }` (or turn the metadata endpoint off)."
#   example: |
#     resource "aws_instance" "web" {
#       ami           = "ami-0c55b159cbfafe1f0"
#       instance_type = "t3.micro"
#       metadata_options {
#         http_tokens = "required"
#       }
#     }
package tollgate.aws.ec2_imdsv1_allowed

import rego.v1

import data.tollgate.lib

tokens_required(values) if values.metadata_options[0].http_tokens == "required"

endpoint_disabled(values) if values.metadata_options[0].http_endpoint == "disabled"

deny contains {"msg": sprintf("%s allows IMDSv1 (http_tokens is not \"required\")", [input.address]), "attribute": "metadata_options", "fix": {"set": {"metadata_options[0].http_tokens": "required"}, "risk": "medium"}} if {
	input.type in {"aws_instance", "aws_launch_template"}
	not tokens_required(input.values)
	not endpoint_disabled(input.values)
	not lib.unknown("metadata_options")
	not lib.unknown("metadata_options[0].http_tokens")
}
