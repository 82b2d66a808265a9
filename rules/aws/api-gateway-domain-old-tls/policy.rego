# METADATA
# title: API Gateway custom domain allows TLS 1.0
# description: "The domain name sets `security_policy = \"TLS_1_0\"`."
# custom:
#   id: AWS085
#   severity: medium
#   resource_types: [aws_api_gateway_domain_name, "AWS::ApiGateway::DomainName"]
#   tags: [api-gateway, tls, encryption]
#   frameworks:
#     pci-dss-v4: ["4.2.1"]
#     nist-800-53: ["SC-8"]
#     soc2: ["CC6.7"]
#   why: "TLS 1.0 has known weaknesses (BEAST, weak ciphers) and is no longer accepted for cardholder data; clients can be downgraded to it."
#   remediation: "Set `security_policy = \"TLS_1_2\"`. A domain that sets no policy gets TLS 1.2 from the current API and is not flagged."
#   example: |
#     resource "aws_api_gateway_domain_name" "api" {
#       domain_name              = "api.example.com"
#       regional_certificate_arn = aws_acm_certificate.api.arn
#       security_policy          = "TLS_1_2"
#     }
package tollgate.aws.api_gateway_domain_old_tls

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s allows TLS 1.0", [input.address]), "attribute": "security_policy", "fix": {"set": {"security_policy": "TLS_1_2"}, "risk": "medium"}} if {
	input.type == "aws_api_gateway_domain_name"
	input.values.security_policy == "TLS_1_0"
}

deny contains {"msg": sprintf("%s allows TLS 1.0", [input.address]), "attribute": "SecurityPolicy", "fix": {"set": {"SecurityPolicy": "TLS_1_2"}, "risk": "medium"}} if {
	input.type == "AWS::ApiGateway::DomainName"
	input.values.SecurityPolicy == "TLS_1_0"
}
