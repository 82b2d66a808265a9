# METADATA
# title: Defender for Cloud plan on the free tier
# description: "`azurerm_security_center_subscription_pricing` sets `tier = \"Free\"`."
# custom:
#   id: AZ074
#   severity: medium
#   resource_types: [azurerm_security_center_subscription_pricing]
#   tags: [defender, monitoring]
#   frameworks:
#     nist-800-53: ["SI-4"]
#     soc2: ["CC7.2"]
#     cis-azure-v2.1: ["2.1.1"]
#   why: "The free tier gives recommendations only: no threat detection, vulnerability assessment or alerts for the resource type."
#   remediation: "Set `tier = \"Standard\"` for the resource types you run."
#   example: |
#     tier          = "Standard"
#     resource_type = "VirtualMachines"
package tollgate.azure.security_center_free_tier

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s leaves this Defender plan on the free tier", [input.address]), "attribute": "tier"} if {
	input.type == "azurerm_security_center_subscription_pricing"
	lower(sprintf("%v", [object.get(input.values, ["tier"], null)])) in {"free"}
	not lib.unknown("tier")
}
