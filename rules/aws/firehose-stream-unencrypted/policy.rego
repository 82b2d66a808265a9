# METADATA
# title: Kinesis Firehose stream is not encrypted
# description: "A Firehose delivery stream does not set `server_side_encryption { enabled = true }`."
# custom:
#   id: AWS074
#   severity: medium
#   resource_types: [aws_kinesis_firehose_delivery_stream]
#   tags: [kinesis, encryption, data-protection]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.5.1"]
#     nist-800-53: ["SC-28"]
#   why: "Records buffered in the stream are stored unencrypted until delivered."
#   remediation: "Add `server_side_encryption { enabled = true }` (with `key_type = \"CUSTOMER_MANAGED_CMK\"` for your own key)."
#   example: |
#     server_side_encryption {
#       enabled = true
#     }
package tollgate.aws.firehose_stream_unencrypted

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is not encrypted", [input.address]), "attribute": "server_side_encryption", "fix": {"set": {"server_side_encryption[0].enabled": true}, "risk": "low"}} if {
	input.type in {"aws_kinesis_firehose_delivery_stream"}
	not input.values.server_side_encryption[0].enabled == true
	not lib.unknown("server_side_encryption")
	not lib.unknown("server_side_encryption[0].enabled")
	not input.values.kinesis_source_configuration
}
