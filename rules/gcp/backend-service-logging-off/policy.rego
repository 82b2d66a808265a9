# METADATA
# title: Load balancer backend service without request logging
# description: "`log_config.enable` is not true."
# custom:
#   id: GCP068
#   severity: low
#   resource_types: [google_compute_backend_service, google_compute_region_backend_service]
#   tags: [load-balancing, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     cis-gcp-v2.0: ["2.16"]
#   why: "Request logs are the record of who called the application; without them, attacks against it leave no trace at the edge."
#   remediation: "Add `log_config { enable = true, sample_rate = 1.0 }`."
#   example: |
#     log_config {
#       enable      = true
#       sample_rate = 1.0
#     }
package tollgate.gcp.backend_service_logging_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not log the requests it serves", [input.address]), "attribute": "log_config[0].enable", "fix": {"set": {"log_config[0].enable": true}, "risk": "low"}} if {
	input.type in {"google_compute_backend_service", "google_compute_region_backend_service"}
	not lib.truthy(object.get(input.values, ["log_config", 0, "enable"], null))
	not lib.unknown("log_config")
}
