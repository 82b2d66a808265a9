# METADATA
# title: Transfer Family server accepts plain FTP
# description: "`protocols` includes `FTP`."
# custom:
#   id: AWS153
#   severity: high
#   resource_types: [aws_transfer_server, "AWS::Transfer::Server"]
#   tags: [transfer, encryption]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "FTP sends user names, passwords and files unencrypted."
#   remediation: "Use `protocols = [\"SFTP\"]` (or FTPS)."
#   example: |
#     protocols = ["SFTP"]
package tollgate.aws.transfer_server_plain_ftp

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s accepts plain FTP", [input.address]), "attribute": "protocols"} if {
	input.type == "aws_transfer_server"
	"FTP" in lib.items(object.get(input.values, "protocols", []))
	not lib.unknown("protocols")
}

deny contains {"msg": sprintf("%s accepts plain FTP", [input.address]), "attribute": "Protocols"} if {
	input.type == "AWS::Transfer::Server"
	"FTP" in lib.items(object.get(input.values, "Protocols", []))
}
