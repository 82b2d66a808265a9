# METADATA
# title: Linux VM allows password authentication
# description: "The virtual machine sets `disable_password_authentication = false`."
# custom:
#   id: AZ005
#   severity: high
#   resource_types: [azurerm_linux_virtual_machine, azurerm_linux_virtual_machine_scale_set]
#   tags: [compute, ssh, credentials]
#   frameworks:
#     cis-azure-v2.1: ["7.2"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-2"]
#   why: "SSH passwords can be guessed and sprayed from the internet; keys cannot."
#   remediation: "Keep `disable_password_authentication = true` (the default) and add an `admin_ssh_key`."
#   example: |
#     resource "azurerm_linux_virtual_machine" "web" {
#       name                            = "web"
#       admin_username                  = "azureuser"
#       disable_password_authentication = true
#       admin_ssh_key {
#         username   = "azureuser"
#         public_key = file("~/.ssh/id_ed25519.pub")
#       }
#     }
package tollgate.azure.linux_vm_password_authentication

import rego.v1

deny contains {"msg": sprintf("%s allows SSH password authentication", [input.address]), "attribute": "disable_password_authentication", "fix": {"set": {"disable_password_authentication": true}, "risk": "medium"}} if {
	input.type in {"azurerm_linux_virtual_machine", "azurerm_linux_virtual_machine_scale_set"}
	input.values.disable_password_authentication == false
}
