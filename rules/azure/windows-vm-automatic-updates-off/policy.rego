# METADATA
# title: Windows virtual machine without automatic updates
# description: "`automatic_updates_enabled` (or `enable_automatic_updates`) is false."
# custom:
#   id: AZ069
#   severity: medium
#   resource_types: [azurerm_windows_virtual_machine, azurerm_windows_virtual_machine_scale_set]
#   tags: [vm, patching]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#   why: "Unpatched Windows hosts are the most common entry point for ransomware."
#   remediation: "Remove `automatic_updates_enabled = false`, or patch through Update Manager (`patch_mode = \"AutomaticByPlatform\"`)."
#   example: |
#     automatic_updates_enabled = true
package tollgate.azure.windows_vm_automatic_updates_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not install Windows updates automatically", [input.address]), "attribute": "automatic_updates_enabled", "fix": {"set": {"automatic_updates_enabled": true}, "risk": "low"}} if {
	input.type in {"azurerm_windows_virtual_machine", "azurerm_windows_virtual_machine_scale_set"}
	lib.falsy(object.get(input.values, ["automatic_updates_enabled"], null))
	not lib.unknown("automatic_updates_enabled")
}
