# METADATA
# title: Key vault secret without a content type
# description: "`content_type` is not set."
# custom:
#   id: AZ049
#   severity: low
#   resource_types: [azurerm_key_vault_secret]
#   tags: [key-vault, secrets]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "A content type (password, connection string, certificate) tells operators how to rotate a secret and lets tooling handle it correctly."
#   remediation: "Set `content_type`, e.g. `\"password\"`."
#   example: |
#     content_type = "password"
package tollgate.azure.key_vault_secret_without_content_type

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not say what kind of secret it holds", [input.address]), "attribute": "content_type"} if {
	input.type == "azurerm_key_vault_secret"
	lib.blank(object.get(input.values, ["content_type"], null))
	not lib.unknown("content_type")
}
