# METADATA
# title: Security group opens a database port to the internet
# description: "An ingress permission opens a database or cache port (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB, Redis, Elasticsearch, Redshift, Memcached, Cassandra) to 0.0.0.0/0 or ::/0."
# custom:
#   id: AWS048
#   severity: high
#   resource_types: [aws_security_group, aws_security_group_rule, aws_vpc_security_group_ingress_rule, "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"]
#   tags: [network, exposure, database]
#   frameworks:
#     soc2: ["CC6.6"]
#     pci-dss-v4: ["1.3.1", "1.4.1"]
#     nist-800-53: ["SC-7"]
#   why: "Databases reachable from the internet are scanned continuously; one weak password or unpatched engine exposes all their data."
#   remediation: "Allow the port only from the application's security group or private ranges."
#   example: |
#     resource "aws_security_group_rule" "postgres" {
#       type                     = "ingress"
#       from_port                = 5432
#       to_port                  = 5432
#       protocol                 = "tcp"
#       security_group_id        = aws_security_group.db.id
#       source_security_group_id = aws_security_group.app.id
#     }
package tollgate.aws.security_group_open_database_ports

import rego.v1

import data.tollgate.lib.aws

database_ports := {3306: "MySQL", 5432: "PostgreSQL", 1433: "SQL Server", 1521: "Oracle", 27017: "MongoDB", 6379: "Redis", 9200: "Elasticsearch", 5439: "Redshift", 11211: "Memcached", 9042: "Cassandra"}

deny contains {"msg": sprintf("%s opens %s (port %d) to %s", [input.address, name, port, p.source]), "attribute": p.attribute} if {
	some p in aws.public_ingress
	not aws.opens_all(p)
	some port, name in database_ports
	aws.opens(p, port)
}
