# METADATA
# title: EC2 instance without detailed monitoring
# description: "The instance does not set `monitoring = true`."
# custom:
#   id: AWS096
#   severity: low
#   resource_types: [aws_instance, "AWS::EC2::Instance"]
#   tags: [ec2, monitoring]
#   frameworks:
#     soc2: ["CC7.2"]
#     nist-800-53: ["SI-4"]
#   why: "Five-minute metrics hide short CPU and network spikes: crypto-mining bursts, exfiltration and brief outages fall between samples."
#   remediation: "Set `monitoring = true` (one-minute metrics; billed per metric)."
#   example: |
#     resource "aws_instance" "main" {
#       ami           = "ami-0c55b159cbfafe1f0"
#       instance_type = "t3.micro"
#       monitoring = true
#     }
package tollgate.aws.ec2_detailed_monitoring_disabled

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s has detailed monitoring off", [input.address]), "attribute": "monitoring", "fix": {"set": {"monitoring": true}, "risk": "low"}} if {
	input.type == "aws_instance"
	not input.values["monitoring"] == true
	not lib.unknown("monitoring")
}

deny contains {"msg": sprintf("%s has detailed monitoring off", [input.address]), "attribute": "Monitoring"} if {
	input.type == "AWS::EC2::Instance"
	not input.values["Monitoring"] in {true, "true"}
}
