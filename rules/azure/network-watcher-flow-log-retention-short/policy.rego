# METADATA
# title: NSG flow logs kept for less than 90 days
# description: "The flow log's `retention_policy` keeps logs under 90 days (0 with retention enabled keeps them forever)."
# custom:
#   id: AZ072
#   severity: low
#   resource_types: [azurerm_network_watcher_flow_log]
#   tags: [network, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     cis-azure-v2.1: ["6.5"]
#   why: "Investigations often start weeks after an intrusion; flow logs are the record of which hosts talked to which."
#   remediation: "Set `retention_policy { enabled = true, days = 90 }`."
#   example: |
#     retention_policy {
#       enabled = true
#       days    = 90
#     }
package tollgate.azure.network_watcher_flow_log_retention_short

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps flow logs for less than 90 days", [input.address]), "attribute": "retention_policy[0].days", "fix": {"set": {"retention_policy[0].days": 90}, "risk": "low"}} if {
	input.type == "azurerm_network_watcher_flow_log"
	to_number(object.get(input.values, ["retention_policy", 0, "days"], 0)) < 90
	to_number(object.get(input.values, ["retention_policy", 0, "days"], 0)) != 0
	not lib.unknown("retention_policy")
}
