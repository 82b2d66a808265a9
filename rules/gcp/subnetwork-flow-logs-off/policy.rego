# METADATA
# title: VPC subnet without flow logs
# description: "The subnet has no `log_config` block."
# custom:
#   id: GCP066
#   severity: low
#   resource_types: [google_compute_subnetwork]
#   tags: [network, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#     cis-gcp-v2.0: ["3.8"]
#   why: "Flow logs are the record of which hosts talked to which; without them, lateral movement and exfiltration leave no network trace."
#   remediation: "Add `log_config { aggregation_interval = \"INTERVAL_5_SEC\", flow_sampling = 0.5, metadata = \"INCLUDE_ALL_METADATA\" }`."
#   example: |
#     log_config {
#       aggregation_interval = "INTERVAL_5_SEC"
#       flow_sampling        = 0.5
#       metadata             = "INCLUDE_ALL_METADATA"
#     }
package tollgate.gcp.subnetwork_flow_logs_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not record flow logs", [input.address]), "attribute": "log_config", "fix": {"set": {"log_config[0].aggregation_interval": "INTERVAL_5_SEC"}, "risk": "low"}} if {
	input.type == "google_compute_subnetwork"
	lib.blank(object.get(input.values, ["log_config"], null))
	not object.get(input.values, "purpose", "PRIVATE") in {"REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY", "PRIVATE_SERVICE_CONNECT", "INTERNAL_HTTPS_LOAD_BALANCER"}
	not lib.unknown("log_config")
}
