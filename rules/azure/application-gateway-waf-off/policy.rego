# METADATA
# title: Application Gateway without a web application firewall
# description: "The gateway's SKU is not a WAF tier, or its `waf_configuration` is disabled, and no `firewall_policy_id` is attached."
# custom:
#   id: AZ073
#   severity: high
#   resource_types: [azurerm_application_gateway]
#   tags: [network, waf]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Internet-facing applications behind a gateway without WAF receive injection and scanner traffic unfiltered."
#   remediation: "Use the `WAF_v2` SKU with a `firewall_policy_id` (or `waf_configuration { enabled = true }`)."
#   example: |
#     sku {
#       name = "WAF_v2"
#       tier = "WAF_v2"
#     }
#     firewall_policy_id = azurerm_web_application_firewall_policy.main.id
package tollgate.azure.application_gateway_waf_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not filter requests with a web application firewall", [input.address]), "attribute": "firewall_policy_id"} if {
	input.type == "azurerm_application_gateway"
	lib.blank(object.get(input.values, ["firewall_policy_id"], null))
	not lib.truthy(object.get(input.values, ["waf_configuration", 0, "enabled"], null))
	not lib.unknown("waf_configuration")
	not lib.unknown("firewall_policy_id")
}
