# METADATA
# title: Firewall rule without logging
# description: "The rule has no `log_config` block."
# custom:
#   id: GCP067
#   severity: low
#   resource_types: [google_compute_firewall]
#   tags: [network, logging]
#   frameworks:
#     nist-800-53: ["AU-2", "AU-12"]
#     soc2: ["CC7.2"]
#   why: "Without firewall logs, allowed and denied connections cannot be audited."
#   remediation: "Add `log_config { metadata = \"INCLUDE_ALL_METADATA\" }`."
#   example: |
#     log_config {
#       metadata = "INCLUDE_ALL_METADATA"
#     }
package tollgate.gcp.compute_firewall_logging_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not log the connections it matches", [input.address]), "attribute": "log_config", "fix": {"set": {"log_config[0].metadata": "INCLUDE_ALL_METADATA"}, "risk": "low"}} if {
	input.type == "google_compute_firewall"
	lib.blank(object.get(input.values, ["log_config"], null))
	not lib.unknown("log_config")
}
