# METADATA
# title: EC2 instance gets a public IP address
# description: "`associate_public_ip_address` is true: the instance is reachable from the internet wherever its security groups allow."
# custom:
#   id: AWS025
#   severity: medium
#   resource_types: [aws_instance, aws_launch_template]
#   tags: [ec2, network, exposure]
#   frameworks:
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.4.1"]
#     nist-800-53: ["SC-7"]
#   why: "A public address puts the instance one security-group mistake away from the internet; instances behind a load balancer or NAT need none."
#   remediation: "Set `associate_public_ip_address = false` and reach the instance through a load balancer, SSM Session Manager or a bastion."
#   example: |
#     resource "aws_instance" "app" {
#       ami                         = "ami-0abcdef1234567890"
#       instance_type               = "t3.micro"
#       associate_public_ip_address = false
#     }
package tollgate.aws.ec2_instance_public_ip

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s gets a public IP address", [input.address]), "attribute": "associate_public_ip_address", "fix": {"set": {"associate_public_ip_address": false}, "risk": "high"}} if {
	input.type == "aws_instance"
	input.values.associate_public_ip_address == true
}

deny contains {"msg": sprintf("%s gives its instances a public IP address", [input.address]), "attribute": "network_interfaces", "fix": {"set": {sprintf("network_interfaces[%d].associate_public_ip_address", [i]): false}, "risk": "medium"}} if {
	input.type == "aws_launch_template"
	some i, interface in lib.items(input.values.network_interfaces)
	interface.associate_public_ip_address in {true, "true"}
}
