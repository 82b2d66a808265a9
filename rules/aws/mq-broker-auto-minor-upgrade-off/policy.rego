# METADATA
# title: Amazon MQ broker without automatic minor upgrades
# description: "`auto_minor_version_upgrade` is not true."
# custom:
#   id: AWS144
#   severity: low
#   resource_types: [aws_mq_broker, "AWS::AmazonMQ::Broker"]
#   tags: [mq, patching]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#   why: "Minor versions carry the engine's security fixes; without automatic upgrades, brokers keep known vulnerabilities."
#   remediation: "Set `auto_minor_version_upgrade = true`."
#   example: |
#     auto_minor_version_upgrade = true
package tollgate.aws.mq_broker_auto_minor_upgrade_off

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not take minor engine upgrades automatically", [input.address]), "attribute": "auto_minor_version_upgrade"} if {
	input.type == "aws_mq_broker"
	not lib.truthy(object.get(input.values, ["auto_minor_version_upgrade"], null))
	not lib.unknown("auto_minor_version_upgrade")
}

deny contains {"msg": sprintf("%s does not take minor engine upgrades automatically", [input.address]), "attribute": "AutoMinorVersionUpgrade"} if {
	input.type == "AWS::AmazonMQ::Broker"
	not lib.truthy(object.get(input.values, ["AutoMinorVersionUpgrade"], null))
}
