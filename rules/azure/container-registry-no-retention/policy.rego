# METADATA
# title: Premium container registry keeps untagged manifests forever
# description: "`retention_policy_in_days` is not set on a Premium registry."
# custom:
#   id: AZ076
#   severity: low
#   resource_types: [azurerm_container_registry]
#   tags: [acr, cost]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#   why: "Untagged manifests pile up with every push, cost storage and keep old vulnerable images pullable by digest."
#   remediation: "Set `retention_policy_in_days = 7`."
#   example: |
#     retention_policy_in_days = 7
package tollgate.azure.container_registry_no_retention

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s never deletes untagged manifests", [input.address]), "attribute": "retention_policy_in_days"} if {
	input.type == "azurerm_container_registry"
	lib.blank(object.get(input.values, ["retention_policy_in_days"], null))
	object.get(input.values, "sku", "") == "Premium"
	count(lib.list(input.values, "retention_policy")) == 0
	not lib.unknown("retention_policy_in_days")
}
