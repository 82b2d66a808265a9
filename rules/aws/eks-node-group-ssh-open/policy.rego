# METADATA
# title: EKS node group allows SSH from anywhere
# description: "A managed node group sets `remote_access` with an SSH key but no `source_security_group_ids`: port 22 is open to 0.0.0.0/0."
# custom:
#   id: AWS066
#   severity: high
#   resource_types: [aws_eks_node_group]
#   tags: [eks, kubernetes, exposure]
#   frameworks:
#     cis-eks-v1.5: ["5.4.3"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#   why: "EKS opens SSH on the nodes to the whole internet when no source security group is named."
#   remediation: "Name `source_security_group_ids` in `remote_access`, or drop `remote_access` and use SSM Session Manager."
#   example: |
#     remote_access {
#       ec2_ssh_key               = "ops"
#       source_security_group_ids = [aws_security_group.bastion.id]
#     }
package tollgate.aws.eks_node_group_ssh_open

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s allows SSH to its nodes from anywhere", [input.address]), "attribute": "remote_access"} if {
	input.type in {"aws_eks_node_group"}
	access := input.values.remote_access[0]
	access.ec2_ssh_key
	count(object.get(access, "source_security_group_ids", [])) == 0
	not lib.unknown("remote_access[0].source_security_group_ids")
}
