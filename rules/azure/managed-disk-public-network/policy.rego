# METADATA
# title: Managed disk can be exported from any network
# description: "`network_access_policy` is `AllowAll` (or unset with public network access on)."
# custom:
#   id: AZ070
#   severity: medium
#   resource_types: [azurerm_managed_disk]
#   tags: [disk, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "A disk export SAS works from anywhere: whoever obtains it downloads the whole disk."
#   remediation: "Set `network_access_policy = \"DenyAll\"` (or `\"AllowPrivate\"` with a disk access resource) and `public_network_access_enabled = false`."
#   example: |
#     network_access_policy         = "DenyAll"
#     public_network_access_enabled = false
package tollgate.azure.managed_disk_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s can be exported or imported from any network", [input.address]), "attribute": "network_access_policy", "fix": {"set": {"network_access_policy": "DenyAll"}, "risk": "medium"}} if {
	input.type == "azurerm_managed_disk"
	value := object.get(input.values, ["network_access_policy"], "AllowAll")
	value != null
	not lower(sprintf("%v", [value])) in {"denyall", "allowprivate"}
	not lib.unknown("network_access_policy")
}
