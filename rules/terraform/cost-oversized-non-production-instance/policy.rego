# METADATA
# title: Large instance outside production
# description: "An instance, launch template or database outside production (a `dev`, `test`, `staging` or `sandbox` path, or such an environment tag) has more than 8 vCPUs. Non-production work rarely needs it, and the price grows with the size."
# custom:
#   id: COST005
#   severity: low
#   resource_types: [aws_instance, aws_launch_template, aws_db_instance, google_compute_instance, google_compute_instance_template, azurerm_linux_virtual_machine, azurerm_windows_virtual_machine]
#   tags: [cost, finops, compute]
#   why: "Within a family the price doubles with each size: a 16-vCPU development machine costs twice an 8-vCPU one around the clock, and development and test environments are the usual place for copies of production sizes nobody revisits."
#   remediation: "Size non-production instances for their load (8 vCPUs or fewer), or make the size a variable that production sets higher. Where a big machine is needed for a while, schedule it off outside working hours."
#   example: |
#     variable "instance_type" {
#       type    = string
#       default = "m5.large"   # production sets m5.4xlarge in its tfvars
#     }
#
#     resource "aws_instance" "app" {
#       ami           = "ami-0abcdef1234567890"
#       instance_type = var.instance_type
#     }
package tollgate.terraform.cost_oversized_non_production_instance

import rego.v1

import data.tollgate.lib

limit := 8

size_attribute := {
	"aws_instance": "instance_type",
	"aws_launch_template": "instance_type",
	"aws_db_instance": "instance_class",
	"google_compute_instance": "machine_type",
	"google_compute_instance_template": "machine_type",
	"azurerm_linux_virtual_machine": "size",
	"azurerm_windows_virtual_machine": "size",
}

# vCPUs from the size name: AWS `m5.4xlarge` (4 per xlarge, metal counted as 64), GCP `n2-standard-16`
# or `custom-12-32768`, Azure `Standard_D16s_v5`.
aws_vcpus(size) := 4 if size == "xlarge"

aws_vcpus(size) := 4 * to_number(trim_suffix(size, "xlarge")) if {
	endswith(size, "xlarge")
	regex.match(`^[0-9]+xlarge$`, size)
}

aws_vcpus(size) := 64 if size == "metal"

vcpus(type, name) := aws_vcpus(parts[count(parts) - 1]) if {
	startswith(type, "aws_")
	parts := split(name, ".")
}

vcpus(type, name) := to_number(regex.find_all_string_submatch_n(`custom-([0-9]+)-`, name, 1)[0][1]) if {
	startswith(type, "google_")
	contains(name, "custom-")
}

vcpus(type, name) := to_number(regex.find_all_string_submatch_n(`-([0-9]+)$`, name, 1)[0][1]) if {
	startswith(type, "google_")
	not contains(name, "custom-")
}

vcpus(type, name) := to_number(regex.find_all_string_submatch_n(`^Standard_[A-Za-z]+([0-9]+)`, name, 1)[0][1]) if {
	startswith(type, "azurerm_")
}

# Prices grow about linearly with vCPUs within a family: the saving of the largest size allowed.
saving(n) := sprintf("; %d vCPUs would save about %s a month", [limit, lib.dollars(input.cost.monthly * (1 - (limit / n)))]) if {
	input.cost.monthly > 0
} else := ""

deny contains {"msg": msg, "attribute": attribute} if {
	attribute := size_attribute[input.type]
	not lib.unknown(attribute)
	name := input.values[attribute]
	is_string(name)
	n := vcpus(input.type, name)
	n > limit
	lib.non_production(input)
	msg := sprintf("%s has %d vCPUs (%s) outside production, more than %d%s", [input.address, n, name, limit, saving(n)])
}
