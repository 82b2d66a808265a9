# METADATA
# title: Several NAT gateways in a non-production environment
# description: "A root module outside production (a `dev`, `test`, `staging` or `sandbox` path, or such an environment tag) creates more than one NAT gateway, usually one per availability zone. Each costs an hourly charge whether traffic flows or not."
# custom:
#   id: COST004
#   severity: low
#   scope: project
#   resource_types: [aws_nat_gateway]
#   tags: [cost, finops, vpc, nat]
#   why: "A NAT gateway per availability zone keeps egress up when a zone fails, which production needs and development does not. Each extra gateway costs about $32.85 a month at us-east-1 list prices before any data is processed."
#   remediation: "Outside production, share one NAT gateway across the private subnets: `single_nat_gateway = true` with the terraform-aws-modules/vpc module, or one `aws_nat_gateway` that every private route table routes to."
#   example: |
#     module "vpc" {
#       source             = "terraform-aws-modules/vpc/aws"
#       name               = "dev"
#       cidr               = "10.0.0.0/16"
#       azs                = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
#       private_subnets    = ["10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"]
#       public_subnets     = ["10.0.101.0/24", "10.0.102.0/24", "10.0.103.0/24"]
#       enable_nat_gateway = true
#       single_nat_gateway = true
#     }
package tollgate.aws.cost_nat_gateway_per_az_non_production

import rego.v1

import data.tollgate.lib

gateways := [r | some r in lib.items(input.resources); r.type == "aws_nat_gateway"; r.kind == "terraform"; lib.non_production(r)]

addresses := sort([r.address | some r in gateways])

# us-east-1 list price: $0.045 an hour, 730 hours a month.
list_monthly := 32.85

saving(r) := sprintf("about %s a month", [lib.dollars(r.cost.monthly)]) if {
	r.cost.monthly > 0
} else := sprintf("about %s a month at us-east-1 list prices", [lib.dollars(list_monthly)])

deny contains {"msg": msg, "address": r.address, "file": r.source.file} if {
	count(gateways) > 1
	some r in gateways
	r.address != addresses[0]
	msg := sprintf("%s is one of %d NAT gateways outside production; sharing %s saves %s", [r.address, count(gateways), addresses[0], saving(r)])
}
