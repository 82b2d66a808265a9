# METADATA
# title: MSK cluster delivers no broker logs
# description: "The cluster enables no broker log destination (`logging_info.broker_logs`: CloudWatch Logs, Firehose or S3)."
# custom:
#   id: AWS099
#   severity: low
#   resource_types: [aws_msk_cluster]
#   tags: [msk, kafka, logging]
#   frameworks:
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-2"]
#     pci-dss-v4: ["10.2.1"]
#   why: "Broker logs record authentication failures, ACL denials and client errors: without them an attack on the Kafka cluster leaves no trace."
#   remediation: "Add `logging_info { broker_logs { cloudwatch_logs { enabled = true  log_group = ... } } }` (or Firehose or S3)."
#   example: |
#     resource "aws_msk_cluster" "events" {
#       cluster_name           = "events"
#       kafka_version          = "3.6.0"
#       number_of_broker_nodes = 3
#       logging_info {
#         broker_logs {
#           cloudwatch_logs {
#             enabled   = true
#             log_group = "/msk/events"
#           }
#         }
#       }
#     }
package tollgate.aws.msk_cluster_broker_logs_disabled

import rego.v1

import data.tollgate.lib

delivers(info) if {
	some logs in lib.list(info, "broker_logs")
	some destination in ["cloudwatch_logs", "firehose", "s3"]
	some target in lib.list(logs, destination)
	target.enabled == true
}

deny contains {"msg": sprintf("%s delivers no broker logs", [input.address]), "attribute": "logging_info"} if {
	input.type == "aws_msk_cluster"
	not delivers(input.values.logging_info[0])
	not lib.unknown("logging_info")
}
