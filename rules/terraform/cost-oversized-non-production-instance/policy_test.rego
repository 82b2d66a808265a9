package tollgate.terraform.cost_oversized_non_production_instance_test

import rego.v1

import data.tollgate.terraform.cost_oversized_non_production_instance as rule

machine(type, attribute, name, file, cost) := {"type": type, "kind": "terraform", "address": sprintf("%s.app", [type]), "values": {attribute: name}, "unknown": [], "source": {"file": file}, "module_calls": [], "cost": cost}

test_large_aws_instance_in_dev_denied if {
	rule.deny == {{"msg": "aws_instance.app has 16 vCPUs (m5.4xlarge) outside production, more than 8", "attribute": "instance_type"}} with input as machine("aws_instance", "instance_type", "m5.4xlarge", "envs/dev/main.tf", {})
}

# GCP n2-standard-32 priced at $1,100 a month: 1100 x (1 - 8/32) = 825.00.
test_priced_gcp_machine_gives_the_saving if {
	rule.deny == {{"msg": "google_compute_instance.app has 32 vCPUs (n2-standard-32) outside production, more than 8; 8 vCPUs would save about $825.00 a month", "attribute": "machine_type"}} with input as machine("google_compute_instance", "machine_type", "n2-standard-32", "staging/compute.tf", {"monthly": 1100})
}

test_sizes_read_per_cloud if {
	count(rule.deny) == 1 with input as machine("google_compute_instance", "machine_type", "custom-12-32768", "dev/main.tf", {})
	count(rule.deny) == 1 with input as machine("azurerm_linux_virtual_machine", "size", "Standard_D16s_v5", "test/main.tf", {})
	count(rule.deny) == 1 with input as machine("aws_db_instance", "instance_class", "db.r5.metal", "qa/db.tf", {})
	count(rule.deny) == 1 with input as machine("aws_launch_template", "instance_type", "c5.12xlarge", "sandbox/lt.tf", {})
}

test_small_sizes_allowed if {
	count(rule.deny) == 0 with input as machine("aws_instance", "instance_type", "m5.2xlarge", "envs/dev/main.tf", {})
	count(rule.deny) == 0 with input as machine("aws_instance", "instance_type", "t3.micro", "envs/dev/main.tf", {})
	count(rule.deny) == 0 with input as machine("google_compute_instance", "machine_type", "e2-medium", "dev/main.tf", {})
	count(rule.deny) == 0 with input as machine("azurerm_linux_virtual_machine", "size", "Standard_B2s", "dev/main.tf", {})
}

test_production_and_unlabelled_allowed if {
	count(rule.deny) == 0 with input as machine("aws_instance", "instance_type", "m5.4xlarge", "envs/prod/main.tf", {})
	count(rule.deny) == 0 with input as machine("aws_instance", "instance_type", "m5.4xlarge", "compute/main.tf", {})
}

test_unknown_size_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_instance", "kind": "terraform", "address": "aws_instance.app", "values": {}, "unknown": ["instance_type"], "source": {"file": "dev/main.tf"}, "module_calls": []}
}
