# METADATA
# title: RDS instance uses a retired CA certificate
# description: "`ca_cert_identifier` is `rds-ca-2019` (expired in 2024)."
# custom:
#   id: AWS167
#   severity: medium
#   resource_types: [aws_db_instance, "AWS::RDS::DBInstance"]
#   tags: [rds, tls]
#   frameworks:
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "Clients that verify the server certificate fail or, worse, are configured to skip verification to keep working."
#   remediation: "Set `ca_cert_identifier = \"rds-ca-rsa2048-g1\"` and update client trust stores."
#   example: |
#     ca_cert_identifier = "rds-ca-rsa2048-g1"
package tollgate.aws.rds_expired_ca_certificate

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s presents a certificate from the retired rds-ca-2019 authority", [input.address]), "attribute": "ca_cert_identifier", "fix": {"set": {"ca_cert_identifier": "rds-ca-rsa2048-g1"}, "risk": "medium"}} if {
	input.type == "aws_db_instance"
	lower(sprintf("%v", [object.get(input.values, ["ca_cert_identifier"], null)])) in {"rds-ca-2019", "rds-ca-2015"}
	not lib.unknown("ca_cert_identifier")
}

deny contains {"msg": sprintf("%s presents a certificate from the retired rds-ca-2019 authority", [input.address]), "attribute": "CACertificateIdentifier"} if {
	input.type == "AWS::RDS::DBInstance"
	lower(sprintf("%v", [object.get(input.values, ["CACertificateIdentifier"], null)])) in {"rds-ca-2019", "rds-ca-2015"}
}
