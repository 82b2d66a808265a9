# METADATA
# title: Container App accepts plain HTTP
# description: "The app's ingress sets `allow_insecure_connections = true`."
# custom:
#   id: AZ041
#   severity: medium
#   resource_types: [azurerm_container_app]
#   tags: [container-apps, tls, encryption]
#   frameworks:
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "Requests and responses, tokens and cookies included, cross the network in clear text and can be read or altered on the way."
#   remediation: "Remove `allow_insecure_connections = true` so ingress redirects HTTP to HTTPS."
#   example: |
#     resource "azurerm_container_app" "main" {
#       name                         = "api"
#       container_app_environment_id = "/subscriptions/0000/resourceGroups/rg-prod/providers/Microsoft.App/managedEnvironments/prod"
#       resource_group_name          = "rg-prod"
#       revision_mode                = "Single"
#       ingress {
#         allow_insecure_connections = false
#       }
#     }
package tollgate.azure.container_app_insecure_ingress

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts plain HTTP on its ingress", [input.address]), "attribute": "ingress[0].allow_insecure_connections", "fix": {"set": {"ingress[0].allow_insecure_connections": false}, "risk": "low"}} if {
	input.type == "azurerm_container_app"
	input.values["ingress"][0]["allow_insecure_connections"] in {true}
}
