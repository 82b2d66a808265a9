# METADATA
# title: Dataproc cluster nodes have public IPs
# description: "`cluster_config.gce_cluster_config.internal_ip_only` is false."
# custom:
#   id: GCP073
#   severity: medium
#   resource_types: [google_dataproc_cluster]
#   tags: [dataproc, network]
#   frameworks:
#     nist-800-53: ["SC-7"]
#     soc2: ["CC6.6"]
#   why: "Dataproc nodes run Hadoop and Spark web interfaces that are reachable from the internet through public IPs."
#   remediation: "Set `internal_ip_only = true` and use Cloud NAT for outbound traffic."
#   example: |
#     gce_cluster_config {
#       internal_ip_only = true
#     }
package tollgate.gcp.dataproc_cluster_public_ip

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s gives its nodes public IP addresses", [input.address]), "attribute": "cluster_config[0].gce_cluster_config[0].internal_ip_only"} if {
	input.type == "google_dataproc_cluster"
	lib.falsy(object.get(input.values, ["cluster_config", 0, "gce_cluster_config", 0, "internal_ip_only"], null))
	not lib.unknown("cluster_config")
}
