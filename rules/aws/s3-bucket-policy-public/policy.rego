# METADATA
# title: S3 bucket policy allows everyone
# description: "A bucket policy statement allows the principal `*` without a condition."
# custom:
#   id: AWS057
#   severity: critical
#   resource_types: [aws_s3_bucket_policy, "AWS::S3::BucketPolicy"]
#   tags: [s3, public-access]
#   frameworks:
#     cis-aws-v3.0: ["2.1.4"]
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["AC-3"]
#   why: "Everyone on the internet gets the statement's actions on the bucket: reading its objects, or worse, writing and deleting them."
#   remediation: "Name the principals that need access, or serve public content through CloudFront with an origin access control."
#   example: |
#     policy = jsonencode({
#       Version   = "2012-10-17"
#       Statement = [{ Effect = "Allow", Principal = { Service = "cloudfront.amazonaws.com" }, Action = "s3:GetObject", Resource = "${aws_s3_bucket.site.arn}/*" }]
#     })
package tollgate.aws.s3_bucket_policy_public

import rego.v1

import data.tollgate.lib.aws

open_statement(policy) := statement if {
	some statement in aws.statements(policy)
	statement.Effect == "Allow"
	aws.everyone(statement.Principal)
	not statement.Condition
}

deny contains {"msg": sprintf("%s allows everyone %s", [input.address, concat(", ", aws.values_of(statement, "Action"))]), "attribute": "policy"} if {
	input.type == "aws_s3_bucket_policy"
	statement := open_statement(input.values.policy)
}

deny contains {"msg": sprintf("%s allows everyone %s", [input.address, concat(", ", aws.values_of(statement, "Action"))]), "attribute": "PolicyDocument"} if {
	input.type == "AWS::S3::BucketPolicy"
	statement := open_statement(input.values.PolicyDocument)
}
