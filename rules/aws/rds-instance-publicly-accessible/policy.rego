# METADATA
# title: RDS instance is publicly accessible
# description: The database instance gets a public IP address and can be reached from the internet.
# custom:
#   id: AWS004
#   severity: critical
#   resource_types: [aws_db_instance, aws_rds_cluster_instance, "AWS::RDS::DBInstance"]
#   tags: [rds, database, public-access]
#   frameworks:
#     cis-aws-v3.0: ["2.3.3"]
#     soc2: [CC6.6]
#     pci-dss-v4: ["1.4.1"]
#     hipaa: ["164.312(e)(1)"]
#     nist-800-53: [SC-7, AC-3]
#   why: A database reachable from the internet depends only on its password; it is a frequent breach entry point.
#   remediation: Set `publicly_accessible = false` and reach the database through private subnets, a VPN or a bastion.
#   example: |
#     resource "aws_db_instance" "main" {
#       engine              = "postgres"
#       instance_class      = "db.t3.micro"
#       publicly_accessible = false
#     }
package tollgate.aws.rds_instance_publicly_accessible

import rego.v1

deny contains {"msg": sprintf("%s is publicly accessible", [input.address]), "attribute": "publicly_accessible", "fix": {"set": {"publicly_accessible": false}, "risk": "medium"}} if {
	input.values.publicly_accessible == true
}

deny contains {"msg": sprintf("%s is publicly accessible", [input.address]), "attribute": "PubliclyAccessible", "fix": {"set": {"PubliclyAccessible": false}, "risk": "medium"}} if {
	input.values.PubliclyAccessible in {true, "true"}
}
