# METADATA
# title: Storage account allows replication to other tenants
# description: "`cross_tenant_replication_enabled = true`."
# custom:
#   id: AZ046
#   severity: medium
#   resource_types: [azurerm_storage_account]
#   tags: [storage, data-exfiltration]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Anyone with write access to the account's replication policy can copy its data into a tenant you do not control."
#   remediation: "Set `cross_tenant_replication_enabled = false`."
#   example: |
#     cross_tenant_replication_enabled = false
package tollgate.azure.storage_account_cross_tenant_replication

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s allows object replication to other Entra ID tenants", [input.address]), "attribute": "cross_tenant_replication_enabled", "fix": {"set": {"cross_tenant_replication_enabled": false}, "risk": "low"}} if {
	input.type == "azurerm_storage_account"
	lib.truthy(object.get(input.values, ["cross_tenant_replication_enabled"], null))
	not lib.unknown("cross_tenant_replication_enabled")
}
