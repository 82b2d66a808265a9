# METADATA
# title: EKS cluster does not encrypt Kubernetes secrets with KMS
# description: "The cluster has no `encryption_config` for the `secrets` resource."
# custom:
#   id: AWS020
#   severity: medium
#   resource_types: [aws_eks_cluster]
#   tags: [eks, kubernetes, encryption]
#   frameworks:
#     cis-eks-v1.5: ["5.3.1"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#   why: "Secrets in etcd are then protected only by the default disk encryption, not by a key you control and can revoke."
#   remediation: "Add `encryption_config { resources = [\"secrets\"] provider { key_arn = aws_kms_key.eks.arn } }`."
#   example: |
#     encryption_config {
#       resources = ["secrets"]
#       provider {
#         key_arn = aws_kms_key.eks.arn
#       }
#     }
package tollgate.aws.eks_secrets_not_encrypted

import rego.v1

import data.tollgate.lib

encrypts_secrets(values) if {
	some config in lib.items(values.encryption_config)
	"secrets" in config.resources
}

deny contains {"msg": sprintf("%s does not encrypt Kubernetes secrets with KMS", [input.address]), "attribute": "encryption_config"} if {
	input.type == "aws_eks_cluster"
	not encrypts_secrets(input.values)
	not lib.unknown("encryption_config")
	not lib.unknown("encryption_config[0].resources")
}
