# METADATA
# title: Azure provider has a hard-coded client secret
# description: "The `azurerm` or `azuread` provider block sets `client_secret` or `client_certificate_password` to a value written in the configuration (literally or as a variable's default)."
# custom:
#   id: AZ023
#   severity: critical
#   resource_types: [provider]
#   tags: [secrets, credentials, entra-id]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["8.3.2", "8.6.2"]
#     hipaa: ["164.312(d)"]
#     nist-800-53: ["IA-5(7)"]
#   why: "A service principal's secret in the repository lets anyone who can read it act as that principal in the tenant, and it stays in git history after removal."
#   remediation: "Remove the secret; authenticate with the Azure CLI, a managed identity, OIDC from CI (`use_oidc = true`) or the ARM_CLIENT_SECRET environment variable, and rotate the exposed secret."
#   example: |
#     provider "azurerm" {
#       features {}
#       use_oidc = true
#     }
package tollgate.azure.provider_hard_coded_credentials

import rego.v1

deny contains {"msg": sprintf("%s sets `%s` in the configuration", [input.address, key]), "attribute": key} if {
	input.type == "provider"
	input.values.name in {"azurerm", "azuread", "azapi"}
	some key in ["client_secret", "client_certificate_password"]
	is_string(input.values[key])
	input.values[key] != ""
}
