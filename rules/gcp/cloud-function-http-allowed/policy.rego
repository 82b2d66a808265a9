# METADATA
# title: Cloud Function (1st gen) accepts plain HTTP
# description: "`https_trigger_security_level` is not `SECURE_ALWAYS`."
# custom:
#   id: GCP072
#   severity: medium
#   resource_types: [google_cloudfunctions_function]
#   tags: [functions, tls]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "Requests and their tokens travel unencrypted when HTTP is accepted."
#   remediation: "Set `https_trigger_security_level = \"SECURE_ALWAYS\"`."
#   example: |
#     https_trigger_security_level = "SECURE_ALWAYS"
package tollgate.gcp.cloud_function_http_allowed

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts plain-HTTP requests", [input.address]), "attribute": "https_trigger_security_level", "fix": {"set": {"https_trigger_security_level": "SECURE_ALWAYS"}, "risk": "low"}} if {
	input.type == "google_cloudfunctions_function"
	value := object.get(input.values, ["https_trigger_security_level"], "SECURE_ALWAYS")
	value != null
	not lower(sprintf("%v", [value])) in {"secure_always"}
	not lib.unknown("https_trigger_security_level")
}
