# METADATA
# title: EC2 user data holds a credential
# description: "The instance's `user_data` contains an AWS access key or a password, secret or token assignment with a literal value."
# custom:
#   id: AWS105
#   severity: high
#   resource_types: [aws_instance, aws_launch_template, aws_launch_configuration]
#   tags: [ec2, secrets]
#   frameworks:
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-5"]
#     pci-dss-v4: ["8.3.1"]
#   why: "User data is readable by anyone with ec2:DescribeInstanceAttribute and by every process on the instance from the metadata service."
#   remediation: "Fetch credentials at boot from Secrets Manager or SSM Parameter Store with the instance role; never write them into user data."
#   example: |
#     resource "aws_instance" "app" {
#       ami                  = "ami-0c55b159cbfafe1f0"
#       instance_type        = "t3.micro"
#       iam_instance_profile = aws_iam_instance_profile.app.name
#       user_data            = "#!/bin/sh\naws ssm get-parameter --with-decryption --name /app/db > /etc/app/db\n"
#     }
package tollgate.aws.ec2_user_data_secret

import rego.v1

import data.tollgate.lib

credential(text) if regex.match(`(AKIA|ASIA)[0-9A-Z]{16}`, text)

credential(text) if regex.match(`(?i)(password|passwd|secret|token|api_?key)["']?\s*[:=]\s*["']?[A-Za-z0-9/+_!@#%^&*.-]{6,}`, text)

text_of(values) := values.user_data if is_string(values.user_data)

text_of(values) := base64.decode(values.user_data_base64) if is_string(values.user_data_base64)

deny contains {"msg": sprintf("%s has a credential in its user data", [input.address]), "attribute": "user_data"} if {
	input.type in {"aws_instance", "aws_launch_template", "aws_launch_configuration"}
	text := text_of(input.values)
	credential(text)
}

deny contains {"msg": sprintf("%s has a credential in its user data", [input.address]), "attribute": "user_data"} if {
	input.type == "aws_launch_template"
	is_string(input.values.user_data)
	decoded := base64.decode(input.values.user_data)
	credential(decoded)
}
