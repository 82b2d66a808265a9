# METADATA
# title: Cloud Function accepts traffic from the internet
# description: "`ingress_settings` is `ALLOW_ALL` (the default)."
# custom:
#   id: GCP071
#   severity: low
#   resource_types: [google_cloudfunctions_function]
#   tags: [functions, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Internal functions reachable from the internet are protected only by their IAM check."
#   remediation: "Set `ingress_settings = \"ALLOW_INTERNAL_ONLY\"` (or `ALLOW_INTERNAL_AND_GCLB`) for functions that are not public APIs."
#   example: |
#     ingress_settings = "ALLOW_INTERNAL_ONLY"
package tollgate.gcp.cloud_function_ingress_all

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts traffic from the whole internet", [input.address]), "attribute": "ingress_settings"} if {
	input.type == "google_cloudfunctions_function"
	value := object.get(input.values, ["ingress_settings"], "ALLOW_ALL")
	value != null
	not lower(sprintf("%v", [value])) in {"allow_internal_only", "allow_internal_and_gclb"}
	not lib.unknown("ingress_settings")
}
