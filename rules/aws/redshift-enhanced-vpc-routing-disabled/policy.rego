# METADATA
# title: Redshift cluster without enhanced VPC routing
# description: "`enhanced_vpc_routing` is not true."
# custom:
#   id: AWS121
#   severity: low
#   resource_types: [aws_redshift_cluster, "AWS::Redshift::Cluster"]
#   tags: [redshift, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Without enhanced VPC routing, COPY and UNLOAD traffic to S3 bypasses the VPC's endpoints, security groups and flow logs."
#   remediation: "Set `enhanced_vpc_routing = true`."
#   example: |
#     enhanced_vpc_routing = true
package tollgate.aws.redshift_enhanced_vpc_routing_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s routes COPY and UNLOAD traffic outside the VPC", [input.address]), "attribute": "enhanced_vpc_routing", "fix": {"set": {"enhanced_vpc_routing": true}, "risk": "medium"}} if {
	input.type == "aws_redshift_cluster"
	not lib.truthy(object.get(input.values, ["enhanced_vpc_routing"], null))
	not lib.unknown("enhanced_vpc_routing")
}

deny contains {"msg": sprintf("%s routes COPY and UNLOAD traffic outside the VPC", [input.address]), "attribute": "EnhancedVpcRouting"} if {
	input.type == "AWS::Redshift::Cluster"
	not lib.truthy(object.get(input.values, ["EnhancedVpcRouting"], null))
}
