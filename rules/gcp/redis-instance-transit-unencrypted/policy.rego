# METADATA
# title: Memorystore Redis without in-transit encryption
# description: "`transit_encryption_mode` is not `SERVER_AUTHENTICATION`."
# custom:
#   id: GCP075
#   severity: medium
#   resource_types: [google_redis_instance]
#   tags: [redis, encryption]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "Redis traffic, including the AUTH string, crosses the network in plain text."
#   remediation: "Set `transit_encryption_mode = \"SERVER_AUTHENTICATION\"`."
#   example: |
#     transit_encryption_mode = "SERVER_AUTHENTICATION"
package tollgate.gcp.redis_instance_transit_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts unencrypted connections", [input.address]), "attribute": "transit_encryption_mode"} if {
	input.type == "google_redis_instance"
	value := object.get(input.values, ["transit_encryption_mode"], "DISABLED")
	value != null
	not lower(sprintf("%v", [value])) in {"server_authentication"}
	not lib.unknown("transit_encryption_mode")
}
