# METADATA
# title: Virtual machine allows extension operations
# description: "`allow_extension_operations` is not false."
# custom:
#   id: AZ067
#   severity: low
#   resource_types: [azurerm_linux_virtual_machine, azurerm_windows_virtual_machine]
#   tags: [vm, compute]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Anyone who may write the VM can install an extension that runs arbitrary code as root or SYSTEM."
#   remediation: "Set `allow_extension_operations = false` on VMs that need no extensions."
#   example: |
#     allow_extension_operations = false
package tollgate.azure.vm_extensions_allowed

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets extensions run code on it", [input.address]), "attribute": "allow_extension_operations"} if {
	input.type in {"azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine"}
	value := object.get(input.values, ["allow_extension_operations"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("allow_extension_operations")
}
