# METADATA
# title: Virtual machine without encryption at host
# description: "`encryption_at_host_enabled` is not true."
# custom:
#   id: AZ068
#   severity: low
#   resource_types: [azurerm_linux_virtual_machine, azurerm_windows_virtual_machine, azurerm_linux_virtual_machine_scale_set, azurerm_windows_virtual_machine_scale_set]
#   tags: [vm, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Temporary disks and disk caches are not covered by server-side encryption of managed disks."
#   remediation: "Set `encryption_at_host_enabled = true`."
#   example: |
#     encryption_at_host_enabled = true
package tollgate.azure.vm_encryption_at_host_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not encrypt temporary disks and caches at the host", [input.address]), "attribute": "encryption_at_host_enabled"} if {
	input.type in {"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine", "azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"}
	not lib.truthy(object.get(input.values, ["encryption_at_host_enabled"], null))
	not lib.unknown("encryption_at_host_enabled")
}
