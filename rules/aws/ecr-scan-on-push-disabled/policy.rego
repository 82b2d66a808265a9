# METADATA
# title: ECR repository does not scan images on push
# description: "Images pushed to the repository are not scanned for known vulnerabilities."
# custom:
#   id: AWS012
#   severity: medium
#   resource_types: [aws_ecr_repository, "AWS::ECR::Repository"]
#   tags: [ecr, containers, vulnerabilities]
#   frameworks:
#     soc2: ["CC7.1"]
#     pci-dss-v4: ["6.3.3"]
#     nist-800-53: ["RA-5"]
#   why: "Images with known vulnerable packages reach production without anyone being told."
#   remediation: "Add `image_scanning_configuration { scan_on_push = true }` (or enable registry-wide enhanced scanning)."
#   example: |
#     resource "aws_ecr_repository" "app" {
#       name = "app"
#       image_scanning_configuration {
#         scan_on_push = true
#       }
#     }
package tollgate.aws.ecr_scan_on_push_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not scan images on push", [input.address]), "attribute": "image_scanning_configuration", "fix": {"set": {"image_scanning_configuration[0].scan_on_push": true}, "risk": "low"}} if {
	input.type == "aws_ecr_repository"
	not input.values.image_scanning_configuration[0].scan_on_push == true
	not lib.unknown("image_scanning_configuration[0].scan_on_push")
}

deny contains {"msg": sprintf("%s does not scan images on push", [input.address]), "attribute": "ImageScanningConfiguration", "fix": {"set": {"ImageScanningConfiguration.ScanOnPush": true}, "risk": "low"}} if {
	input.type == "AWS::ECR::Repository"
	not input.values.ImageScanningConfiguration.ScanOnPush in {true, "true"}
}
