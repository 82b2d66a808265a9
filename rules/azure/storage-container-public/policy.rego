# METADATA
# title: Storage container readable anonymously
# description: "`container_access_type` is `blob` or `container`."
# custom:
#   id: AZ047
#   severity: high
#   resource_types: [azurerm_storage_container]
#   tags: [storage, public-access]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Public containers are found by scanners within hours; `container` access also lists every blob name."
#   remediation: "Set `container_access_type = \"private\"` and share with SAS tokens or Entra ID."
#   example: |
#     container_access_type = "private"
package tollgate.azure.storage_container_public

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s lets anyone on the internet read its blobs", [input.address]), "attribute": "container_access_type", "fix": {"set": {"container_access_type": "private"}, "risk": "high"}} if {
	input.type == "azurerm_storage_container"
	lower(sprintf("%v", [object.get(input.values, ["container_access_type"], null)])) in {"blob", "container"}
	not lib.unknown("container_access_type")
}
