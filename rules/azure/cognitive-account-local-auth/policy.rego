# METADATA
# title: Azure AI services account accepts API keys
# description: "`local_auth_enabled` is not false."
# custom:
#   id: AZ080
#   severity: medium
#   resource_types: [azurerm_cognitive_account]
#   tags: [ai, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "API keys are shared secrets that leak into code and notebooks; Entra ID authentication is per identity and audited."
#   remediation: "Set `local_auth_enabled = false` and use Entra ID (`custom_subdomain_name` is required)."
#   example: |
#     local_auth_enabled = false
package tollgate.azure.cognitive_account_local_auth

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts API keys", [input.address]), "attribute": "local_auth_enabled"} if {
	input.type == "azurerm_cognitive_account"
	value := object.get(input.values, ["local_auth_enabled"], true)
	value != null
	not lower(sprintf("%v", [value])) in {"false"}
	not lib.unknown("local_auth_enabled")
}
