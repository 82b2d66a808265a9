# METADATA
# title: EKS cluster does not send API and audit logs
# description: "An EKS cluster's `enabled_cluster_log_types` does not include `api` and `audit`."
# custom:
#   id: AWS042
#   severity: medium
#   resource_types: [aws_eks_cluster]
#   tags: [eks, kubernetes, logging]
#   frameworks:
#     cis-eks-v1.5: ["2.1.1"]
#     soc2: ["CC7.2"]
#     pci-dss-v4: ["10.2.1"]
#     nist-800-53: ["AU-2", "AU-12"]
#   why: "Without the audit log nobody can tell who read a secret, exec'd into a pod or changed RBAC in the cluster."
#   remediation: "Set `enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\", \"controllerManager\", \"scheduler\"]`."
#   example: |
#     resource "aws_eks_cluster" "main" {
#       name                      = "main"
#       role_arn                  = aws_iam_role.cluster.arn
#       enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
#     }
package tollgate.aws.eks_control_plane_logging_disabled

import rego.v1

import data.tollgate.lib

required := {"api", "audit"}

deny contains {"msg": sprintf("%s does not log %s", [input.address, concat(" and ", sort(missing))]), "attribute": "enabled_cluster_log_types", "fix": {"set": {"enabled_cluster_log_types": ["api", "audit", "authenticator", "controllerManager", "scheduler"]}, "risk": "low", "cost_may_rise": true}} if {
	input.type == "aws_eks_cluster"
	not lib.unknown("enabled_cluster_log_types")
	enabled := {t | some t in lib.list(input.values, "enabled_cluster_log_types")}
	missing := required - enabled
	count(missing) > 0
}
