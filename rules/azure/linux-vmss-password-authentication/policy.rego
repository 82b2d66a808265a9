# METADATA
# title: Linux scale set allows password logins
# description: "`disable_password_authentication` is false."
# custom:
#   id: AZ071
#   severity: medium
#   resource_types: [azurerm_linux_virtual_machine_scale_set]
#   tags: [vm, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "Passwords can be guessed and reused; SSH keys cannot be brute-forced."
#   remediation: "Set `disable_password_authentication = true` and add an `admin_ssh_key`."
#   example: |
#     disable_password_authentication = true
package tollgate.azure.linux_vmss_password_authentication

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s allows SSH logins with passwords", [input.address]), "attribute": "disable_password_authentication"} if {
	input.type == "azurerm_linux_virtual_machine_scale_set"
	lib.falsy(object.get(input.values, ["disable_password_authentication"], null))
	not lib.unknown("disable_password_authentication")
}
