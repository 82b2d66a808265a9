# METADATA
# title: Amazon MQ broker is publicly accessible
# description: "An Amazon MQ broker sets `publicly_accessible = true`."
# custom:
#   id: AWS046
#   severity: high
#   resource_types: [aws_mq_broker, "AWS::AmazonMQ::Broker"]
#   tags: [mq, network, exposure]
#   frameworks:
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["SC-7"]
#   why: "A public broker endpoint exposes the queues, and the credentials that guard them, to the internet."
#   remediation: "Set `publicly_accessible = false` and reach the broker from the VPC (the broker is replaced)."
#   example: |
#     resource "aws_mq_broker" "jobs" {
#       broker_name         = "jobs"
#       engine_type         = "RabbitMQ"
#       publicly_accessible = false
#     }
package tollgate.aws.mq_broker_publicly_accessible

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s is publicly accessible", [input.address]), "attribute": "publicly_accessible", "fix": {"set": {"publicly_accessible": false}, "risk": "high"}} if {
	input.type == "aws_mq_broker"
	input.values.publicly_accessible == true
}

deny contains {"msg": sprintf("%s is publicly accessible", [input.address]), "attribute": "PubliclyAccessible", "fix": {"set": {"PubliclyAccessible": false}, "risk": "high"}} if {
	input.type == "AWS::AmazonMQ::Broker"
	input.values.PubliclyAccessible in {true, "true"}
}
