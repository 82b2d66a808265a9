# METADATA
# title: Container registry allows anonymous pulls
# description: "`anonymous_pull_enabled = true`."
# custom:
#   id: AZ075
#   severity: medium
#   resource_types: [azurerm_container_registry]
#   tags: [acr, public-access]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Images often contain internal code, configuration and sometimes credentials; anonymous pull publishes them."
#   remediation: "Remove `anonymous_pull_enabled = true`."
#   example: |
#     anonymous_pull_enabled = false
package tollgate.azure.container_registry_anonymous_pull

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets anyone pull its images", [input.address]), "attribute": "anonymous_pull_enabled", "fix": {"set": {"anonymous_pull_enabled": false}, "risk": "medium"}} if {
	input.type == "azurerm_container_registry"
	lib.truthy(object.get(input.values, ["anonymous_pull_enabled"], null))
	not lib.unknown("anonymous_pull_enabled")
}
