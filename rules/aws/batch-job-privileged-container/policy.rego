# METADATA
# title: Batch job definition runs a privileged container
# description: "`container_properties` sets `privileged: true`."
# custom:
#   id: AWS163
#   severity: high
#   resource_types: [aws_batch_job_definition]
#   tags: [batch, containers]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "A privileged container has every capability and the host's devices: escaping to the compute instance is trivial."
#   remediation: "Remove `privileged` from `container_properties`."
#   example: |
#     container_properties = jsonencode({
#       image   = "registry.example.com/job:1.0"
#       command = ["run"]
#     })
package tollgate.aws.batch_job_privileged_container

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s runs its container privileged", [input.address]), "attribute": "container_properties"} if {
	input.type == "aws_batch_job_definition"
	properties := object.get(input.values, "container_properties", "")
	is_string(properties)
	json.is_valid(properties)
	json.unmarshal(properties).privileged == true
	not lib.unknown("container_properties")
}
