package tollgate.aws.cost_nat_gateway_per_az_non_production_test

import rego.v1

import data.tollgate.aws.cost_nat_gateway_per_az_non_production as rule

nat(address, file, cost) := {"type": "aws_nat_gateway", "kind": "terraform", "address": address, "values": {}, "unknown": [], "source": {"file": file}, "module_calls": [], "cost": cost}

test_extra_gateways_in_dev_denied if {
	findings := rule.deny with input as {"resources": [
		nat("aws_nat_gateway.this[0]", "envs/dev/main.tf", {}),
		nat("aws_nat_gateway.this[1]", "envs/dev/main.tf", {}),
		nat("aws_nat_gateway.this[2]", "envs/dev/main.tf", {"monthly": 43.8}),
	]}
	findings == {
		{"msg": "aws_nat_gateway.this[1] is one of 3 NAT gateways outside production; sharing aws_nat_gateway.this[0] saves about $32.85 a month at us-east-1 list prices", "address": "aws_nat_gateway.this[1]", "file": "envs/dev/main.tf"},
		{"msg": "aws_nat_gateway.this[2] is one of 3 NAT gateways outside production; sharing aws_nat_gateway.this[0] saves about $43.80 a month", "address": "aws_nat_gateway.this[2]", "file": "envs/dev/main.tf"},
	}
}

gw(i) := object.union(nat(sprintf("module.vpc.aws_nat_gateway.this[%d]", [i]), "modules/vpc/main.tf", {}), {"module_calls": [{"address": "module.vpc", "file": "staging-eu/main.tf", "line": 1}]})

tagged(address) := object.union(nat(address, "network/main.tf", {}), {"values": {"tags": {"Environment": "Sandbox"}}})

test_module_called_from_staging_counts if {
	count(rule.deny) == 1 with input as {"resources": [gw(0), gw(1)]}
}

test_production_allowed if {
	count(rule.deny) == 0 with input as {"resources": [nat("aws_nat_gateway.a", "envs/prod/main.tf", {}), nat("aws_nat_gateway.b", "envs/prod/main.tf", {})]}
	count(rule.deny) == 0 with input as {"resources": [nat("aws_nat_gateway.a", "prod/dev-tools/main.tf", {}), nat("aws_nat_gateway.b", "prod/dev-tools/main.tf", {})]}
}

test_non_prod_is_not_prod if {
	count(rule.deny) == 1 with input as {"resources": [nat("aws_nat_gateway.a", "non-prod/main.tf", {}), nat("aws_nat_gateway.b", "non-prod/main.tf", {})]}
}

test_environment_tag_counts if {
	count(rule.deny) == 1 with input as {"resources": [tagged("aws_nat_gateway.a"), tagged("aws_nat_gateway.b")]}
}

test_one_gateway_or_unknown_environment_allowed if {
	count(rule.deny) == 0 with input as {"resources": [nat("aws_nat_gateway.a", "envs/dev/main.tf", {})]}
	count(rule.deny) == 0 with input as {"resources": [nat("aws_nat_gateway.a", "network/main.tf", {}), nat("aws_nat_gateway.b", "network/main.tf", {})]}
}
