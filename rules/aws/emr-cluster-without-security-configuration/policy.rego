# METADATA
# title: EMR cluster without a security configuration
# description: "The cluster sets no `security_configuration`."
# custom:
#   id: AWS160
#   severity: medium
#   resource_types: [aws_emr_cluster, "AWS::EMR::Cluster"]
#   tags: [emr, encryption]
#   frameworks:
#     nist-800-53: ["SC-28"]
#     soc2: ["CC6.1"]
#   why: "Without a security configuration, EMR encrypts neither data at rest on local disks and EMRFS nor traffic between nodes."
#   remediation: "Create an `aws_emr_security_configuration` with at-rest and in-transit encryption and set `security_configuration`."
#   example: |
#     security_configuration = aws_emr_security_configuration.main.name
package tollgate.aws.emr_cluster_without_security_configuration

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s runs without a security configuration", [input.address]), "attribute": "security_configuration"} if {
	input.type == "aws_emr_cluster"
	lib.blank(object.get(input.values, ["security_configuration"], null))
	not lib.unknown("security_configuration")
}

deny contains {"msg": sprintf("%s runs without a security configuration", [input.address]), "attribute": "SecurityConfiguration"} if {
	input.type == "AWS::EMR::Cluster"
	lib.blank(object.get(input.values, ["SecurityConfiguration"], null))
}
