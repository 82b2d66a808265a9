# METADATA
# title: AKS cluster without an automatic upgrade channel
# description: "`automatic_upgrade_channel` (or `automatic_channel_upgrade`) is unset or `none`."
# custom:
#   id: AZ063
#   severity: low
#   resource_types: [azurerm_kubernetes_cluster]
#   tags: [aks, patching]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#   why: "Clusters left on old patch versions keep known Kubernetes vulnerabilities until someone upgrades them by hand."
#   remediation: "Set `automatic_upgrade_channel = \"patch\"` (or `\"stable\"`)."
#   example: |
#     automatic_upgrade_channel = "patch"
package tollgate.azure.aks_automatic_upgrades_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not upgrade Kubernetes automatically", [input.address]), "attribute": "automatic_upgrade_channel"} if {
	input.type == "azurerm_kubernetes_cluster"
	value := object.get(input.values, ["automatic_upgrade_channel"], "none")
	value != null
	not lower(sprintf("%v", [value])) in {"patch", "stable", "rapid", "node-image"}
	not object.get(input.values, "automatic_channel_upgrade", "none") in {"patch", "stable", "rapid", "node-image"}
	not lib.unknown("automatic_upgrade_channel")
}
