# METADATA
# title: GKE cluster sends no metrics to Cloud Monitoring
# description: "The cluster sets `monitoring_service = \"none\"`."
# custom:
#   id: GCP031
#   severity: low
#   resource_types: [google_container_cluster]
#   tags: [gke, kubernetes, monitoring]
#   frameworks:
#     cis-gke-v1.5: ["5.7.1"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["SI-4"]
#   why: "Without metrics, resource exhaustion, crash loops and abuse such as mining go unnoticed until users notice."
#   remediation: "Remove `monitoring_service = \"none\"` (or set `monitoring.googleapis.com/kubernetes`)."
#   example: |
#     resource "google_container_cluster" "main" {
#       name     = "prod"
#       location = "europe-west1"
#       monitoring_service = "monitoring.googleapis.com/kubernetes"
#     }
package tollgate.gcp.gke_monitoring_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s sends no metrics to Cloud Monitoring", [input.address]), "attribute": "monitoring_service", "fix": {"set": {"monitoring_service": "monitoring.googleapis.com/kubernetes"}, "risk": "low"}} if {
	input.type == "google_container_cluster"
	input.values["monitoring_service"] in {"none"}
}
