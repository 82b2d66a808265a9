# METADATA
# title: Memorystore Redis without AUTH
# description: "`auth_enabled` is not true."
# custom:
#   id: GCP074
#   severity: medium
#   resource_types: [google_redis_instance]
#   tags: [redis, identity]
#   frameworks:
#     nist-800-53: ["IA-2"]
#     soc2: ["CC6.1"]
#   why: "Without AUTH, any host that can reach the instance's IP reads and writes every key."
#   remediation: "Set `auth_enabled = true`."
#   example: |
#     auth_enabled = true
package tollgate.gcp.redis_instance_auth_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts clients without AUTH", [input.address]), "attribute": "auth_enabled", "fix": {"set": {"auth_enabled": true}, "risk": "medium"}} if {
	input.type == "google_redis_instance"
	not lib.truthy(object.get(input.values, ["auth_enabled"], null))
	not lib.unknown("auth_enabled")
}
