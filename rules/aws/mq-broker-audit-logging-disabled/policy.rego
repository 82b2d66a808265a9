# METADATA
# title: Amazon MQ broker keeps no audit log
# description: "An ActiveMQ broker does not set `logs { audit = true }`."
# custom:
#   id: AWS097
#   severity: low
#   resource_types: [aws_mq_broker, "AWS::AmazonMQ::Broker"]
#   tags: [mq, logging]
#   frameworks:
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-2"]
#     pci-dss-v4: ["10.2.1"]
#   why: "Without the audit log there is no record of management actions on queues and topics (who created, purged or deleted them)."
#   remediation: "Add `logs { audit = true }` (ActiveMQ only; RabbitMQ brokers have no audit log)."
#   example: |
#     resource "aws_mq_broker" "main" {
#       broker_name        = "orders"
#       engine_type        = "ActiveMQ"
#       engine_version     = "5.18"
#       host_instance_type = "mq.t3.micro"
#       logs {
#         audit = true
#       }
#     }
package tollgate.aws.mq_broker_audit_logging_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps no audit log", [input.address]), "attribute": "logs[0].audit", "fix": {"set": {"logs[0].audit": true}, "risk": "low"}} if {
	input.type == "aws_mq_broker"
	upper(object.get(input.values, "engine_type", "")) == "ACTIVEMQ"
	not input.values["logs"][0]["audit"] == true
	not lib.unknown("logs[0].audit")
}

deny contains {"msg": sprintf("%s keeps no audit log", [input.address]), "attribute": "Logs.Audit"} if {
	input.type == "AWS::AmazonMQ::Broker"
	upper(object.get(input.values, "EngineType", "")) == "ACTIVEMQ"
	not input.values["Logs"]["Audit"] in {true, "true"}
}
