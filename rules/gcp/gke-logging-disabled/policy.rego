# METADATA
# title: GKE cluster sends no logs to Cloud Logging
# description: "The cluster sets `logging_service = \"none\"`."
# custom:
#   id: GCP030
#   severity: medium
#   resource_types: [google_container_cluster]
#   tags: [gke, kubernetes, logging]
#   frameworks:
#     cis-gke-v1.5: ["5.7.1"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-2"]
#   why: "Without cluster logs, API server audit events and workload logs are gone: an intrusion leaves no trace to investigate."
#   remediation: "Remove `logging_service = \"none\"` (or set `logging.googleapis.com/kubernetes`)."
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "prod"
#       location = "europe-west1"
#       logging_service = "logging.googleapis.com/kubernetes"
#     }
package tollgate.gcp.gke_logging_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s sends no logs to Cloud Logging", [input.address]), "attribute": "logging_service", "fix": {"set": {"logging_service": "logging.googleapis.com/kubernetes"}, "risk": "low"}} if {
	input.type == "google_container_cluster"
	input.values["logging_service"] in {"none"}
}
