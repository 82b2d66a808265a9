# METADATA
# title: Azure AI services account reachable from public networks
# description: "`public_network_access_enabled` is not false."
# custom:
#   id: AZ081
#   severity: medium
#   resource_types: [azurerm_cognitive_account]
#   tags: [ai, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Prompts and completions can carry confidential data; a public endpoint lets any leaked key use the account from anywhere."
#   remediation: "Set `public_network_access_enabled = false` and use a private endpoint (or restrict `network_acls`)."
#   example: |
#     public_network_access_enabled = false
package tollgate.azure.cognitive_account_public_network

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts requests from public networks", [input.address]), "attribute": "public_network_access_enabled"} if {
	input.type == "azurerm_cognitive_account"
	value := object.get(input.values, ["public_network_access_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	count(lib.list(input.values, "network_acls")) == 0
	not lib.unknown("public_network_access_enabled")
}
