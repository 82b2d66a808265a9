# METADATA
# title: Storage account accepts traffic from all networks
# description: "A storage account's `network_rules` (or `azurerm_storage_account_network_rules`) default action is `Allow`, or there are no network rules."
# custom:
#   id: AZ015
#   severity: medium
#   resource_types: [azurerm_storage_account, azurerm_storage_account_network_rules]
#   tags: [storage, network, exposure]
#   frameworks:
#     cis-azure-v2.1: ["3.8"]
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["SC-7"]
#   why: "With the default action Allow, a leaked key or SAS token works from any network on the internet."
#   remediation: "Set `default_action = \"Deny\"` in `network_rules` and allow the virtual networks, IP ranges and trusted services that need access."
#   example: |
#     network_rules {
#       default_action             = "Deny"
#       bypass                     = ["AzureServices"]
#       virtual_network_subnet_ids = [azurerm_subnet.app.id]
#     }
package tollgate.azure.storage_account_network_open

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts traffic from all networks", [input.address]), "attribute": "network_rules"} if {
	input.type == "azurerm_storage_account"
	not input.values.network_rules[0].default_action == "Deny"
	not lib.unknown("network_rules")
	not lib.unknown("network_rules[0].default_action")
	not separate_rules
}

# An `azurerm_storage_account_network_rules` in the same module sets the rules instead.
separate_rules if input.values.network_rules == null

deny contains {"msg": sprintf("%s accepts traffic from all networks", [input.address]), "attribute": "default_action"} if {
	input.type == "azurerm_storage_account_network_rules"
	input.values.default_action == "Allow"
}
