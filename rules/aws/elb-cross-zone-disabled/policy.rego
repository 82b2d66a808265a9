# METADATA
# title: Classic load balancer without cross-zone load balancing
# description: "`cross_zone_load_balancing = false`."
# custom:
#   id: AWS128
#   severity: low
#   resource_types: [aws_elb, "AWS::ElasticLoadBalancing::LoadBalancer"]
#   tags: [elb, availability]
#   frameworks:
#     nist-800-53: ["CP-10"]
#     soc2: ["A1.2"]
#   why: "Without cross-zone balancing, a zone with fewer healthy instances gets the same share of traffic and can be overloaded."
#   remediation: "Remove `cross_zone_load_balancing = false` (true is the default for new load balancers)."
#   example: |
#     cross_zone_load_balancing = true
package tollgate.aws.elb_cross_zone_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not balance across zones", [input.address]), "attribute": "cross_zone_load_balancing", "fix": {"set": {"cross_zone_load_balancing": true}, "risk": "low"}} if {
	input.type == "aws_elb"
	lib.falsy(object.get(input.values, ["cross_zone_load_balancing"], null))
	not lib.unknown("cross_zone_load_balancing")
}

deny contains {"msg": sprintf("%s does not balance across zones", [input.address]), "attribute": "CrossZone"} if {
	input.type == "AWS::ElasticLoadBalancing::LoadBalancer"
	lib.falsy(object.get(input.values, ["CrossZone"], null))
}
