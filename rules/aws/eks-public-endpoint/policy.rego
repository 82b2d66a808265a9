# METADATA
# title: EKS API endpoint is open to the internet
# description: "The cluster's public API endpoint accepts connections from any address."
# custom:
#   id: AWS010
#   severity: high
#   resource_types: [aws_eks_cluster]
#   tags: [eks, kubernetes, network]
#   frameworks:
#     cis-eks-v1.5: ["5.4.2"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "An API server reachable from anywhere is one leaked credential or one API-server vulnerability away from the whole cluster."
#   remediation: "Set `endpoint_public_access = false` in `vpc_config`, or limit `public_access_cidrs` to your networks."
#   example: |
#     resource "aws_eks_cluster" "main" {
#       name     = "main"
#       role_arn = aws_iam_role.cluster.arn
#       vpc_config {
#         subnet_ids              = var.private_subnets
#         endpoint_private_access = true
#         endpoint_public_access  = false
#       }
#     }
package tollgate.aws.eks_public_endpoint

import rego.v1

import data.tollgate.lib

public(config) if not config.endpoint_public_access == false

open_to_all(config) if not "public_access_cidrs" in object.keys(config)

open_to_all(config) if {
	some cidr in lib.list(config, "public_access_cidrs")
	lib.is_public(cidr)
}

deny contains {"msg": sprintf("%s has a public API endpoint open to 0.0.0.0/0", [input.address]), "attribute": "vpc_config[0]", "fix": {"set": {"vpc_config[0].endpoint_public_access": false}, "risk": "high"}} if {
	input.type == "aws_eks_cluster"
	config := input.values.vpc_config[0]
	public(config)
	open_to_all(config)
	not lib.unknown("vpc_config[0].endpoint_public_access")
	not lib.unknown("vpc_config[0].public_access_cidrs")
}
