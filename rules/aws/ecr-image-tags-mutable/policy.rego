# METADATA
# title: ECR repository allows tags to be overwritten
# description: "An ECR repository does not set `image_tag_mutability = \"IMMUTABLE\"` (the default is MUTABLE)."
# custom:
#   id: AWS039
#   severity: medium
#   resource_types: [aws_ecr_repository, "AWS::ECR::Repository"]
#   tags: [ecr, supply-chain]
#   frameworks:
#     soc2: ["CC8.1"]
#     nist-800-53: ["CM-14", "SI-7"]
#   why: "With mutable tags, a push can replace the image a deployed tag points to: what runs is no longer what was reviewed and scanned."
#   remediation: "Set `image_tag_mutability = \"IMMUTABLE\"` and give every build a new tag (or deploy by digest)."
#   example: |
#     resource "aws_ecr_repository" "app" {
#       name                 = "app"
#       image_tag_mutability = "IMMUTABLE"
#     }
package tollgate.aws.ecr_image_tags_mutable

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s allows image tags to be overwritten", [input.address]), "attribute": "image_tag_mutability", "fix": {"set": {"image_tag_mutability": "IMMUTABLE"}, "risk": "medium"}} if {
	input.type == "aws_ecr_repository"
	not lib.unknown("image_tag_mutability")
	object.get(input.values, "image_tag_mutability", "MUTABLE") == "MUTABLE"
}

deny contains {"msg": sprintf("%s allows image tags to be overwritten", [input.address]), "attribute": "ImageTagMutability", "fix": {"set": {"ImageTagMutability": "IMMUTABLE"}, "risk": "medium"}} if {
	input.type == "AWS::ECR::Repository"
	object.get(input.values, "ImageTagMutability", "MUTABLE") == "MUTABLE"
}
