# METADATA
# title: DocumentDB parameter group turns TLS off
# description: "A cluster parameter group sets `tls` to `disabled`."
# custom:
#   id: AWS138
#   severity: high
#   resource_types: [aws_docdb_cluster_parameter_group, "AWS::DocDB::DBClusterParameterGroup"]
#   tags: [docdb, encryption, tls]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#     pci-dss-v4: ["4.2.1"]
#   why: "With TLS off, clients send credentials and documents to the cluster in plain text."
#   remediation: "Remove the `tls = disabled` parameter (TLS is on by default) or set it to `enabled`."
#   example: |
#     parameter {
#       name  = "tls"
#       value = "enabled"
#     }
package tollgate.aws.docdb_tls_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s turns TLS off", [input.address]), "attribute": sprintf("parameter[%d].value", [i])} if {
	input.type == "aws_docdb_cluster_parameter_group"
	some i, parameter in lib.list(input.values, "parameter")
	parameter.name == "tls"
	parameter.value == "disabled"
}

deny contains {"msg": sprintf("%s turns TLS off", [input.address]), "attribute": "Parameters.tls"} if {
	input.type == "AWS::DocDB::DBClusterParameterGroup"
	object.get(object.get(input.values, "Parameters", {}), "tls", "") == "disabled"
}
