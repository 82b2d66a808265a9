# METADATA
# title: Redshift parameter group does not require SSL
# description: "The parameter group sets `require_ssl` to `false` (or leaves it unset, false by default)."
# custom:
#   id: AWS168
#   severity: high
#   resource_types: [aws_redshift_parameter_group, "AWS::Redshift::ClusterParameterGroup"]
#   tags: [redshift, tls]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "Without `require_ssl`, clients may connect in plain text and send credentials and query results unencrypted."
#   remediation: "Add `parameter { name = \"require_ssl\", value = \"true\" }`."
#   example: |
#     parameter {
#       name  = "require_ssl"
#       value = "true"
#     }
package tollgate.aws.redshift_ssl_not_required

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s does not require SSL connections", [input.address]), "attribute": "parameter"} if {
	input.type == "aws_redshift_parameter_group"
	not lib.unknown("parameter")
	not requires_ssl(lib.list(input.values, "parameter"), "name", "value")
}

deny contains {"msg": sprintf("%s does not require SSL connections", [input.address]), "attribute": "Parameters"} if {
	input.type == "AWS::Redshift::ClusterParameterGroup"
	not requires_ssl(lib.list(input.values, "Parameters"), "ParameterName", "ParameterValue")
}

requires_ssl(parameters, name, value) if {
	some parameter in parameters
	parameter[name] == "require_ssl"
	lib.truthy(parameter[value])
}
