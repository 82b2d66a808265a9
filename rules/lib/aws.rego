# Helpers for AWS rules: security group permissions open to the internet, IAM policy documents.
package tollgate.lib.aws

import rego.v1

import data.tollgate.lib

all_protocols(p) if sprintf("%v", [p]) in {"-1", "all"}

# Every ingress permission from the internet the resource declares, whatever its form: inline
# `ingress` blocks, `aws_security_group_rule`, `aws_vpc_security_group_ingress_rule`, CloudFormation.
public_ingress contains {"attribute": sprintf("ingress[%d].%s", [i, field]), "protocol": rule.protocol, "from": rule.from_port, "to": rule.to_port, "source": source} if {
	input.type == "aws_security_group"
	some i, rule in lib.items(input.values.ingress)
	some field in ["cidr_blocks", "ipv6_cidr_blocks"]
	some source in lib.list(rule, field)
	lib.is_public(source)
}

public_ingress contains {"attribute": field, "protocol": v.protocol, "from": v.from_port, "to": v.to_port, "source": source} if {
	input.type == "aws_security_group_rule"
	v := input.values
	v.type == "ingress"
	some field in ["cidr_blocks", "ipv6_cidr_blocks"]
	some source in lib.list(v, field)
	lib.is_public(source)
}

public_ingress contains {"attribute": field, "protocol": v.ip_protocol, "from": object.get(v, "from_port", 0), "to": object.get(v, "to_port", 65535), "source": v[field]} if {
	input.type == "aws_vpc_security_group_ingress_rule"
	v := input.values
	some field in ["cidr_ipv4", "cidr_ipv6"]
	lib.is_public(v[field])
}

cfn_ingress contains [sprintf("SecurityGroupIngress[%d].", [i]), rule] if {
	input.type == "AWS::EC2::SecurityGroup"
	some i, rule in lib.items(input.values.SecurityGroupIngress)
}

cfn_ingress contains ["", input.values] if input.type == "AWS::EC2::SecurityGroupIngress"

public_ingress contains {"attribute": concat("", [path, field]), "protocol": rule.IpProtocol, "from": object.get(rule, "FromPort", 0), "to": object.get(rule, "ToPort", 65535), "source": rule[field]} if {
	some [path, rule] in cfn_ingress
	some field in ["CidrIp", "CidrIpv6"]
	lib.is_public(rule[field])
}

# The permission lets traffic reach `port`.
opens(permission, _) if all_protocols(permission.protocol)

opens(permission, port) if {
	tcp(permission.protocol)
	lib.port_in_range(port, permission.from, permission.to)
}

# TCP by name or number: the services these rules judge (SSH, RDP, databases) listen on TCP, so a
# UDP or ICMP permission whose range covers their port does not expose them.
tcp(protocol) if lower(sprintf("%v", [protocol])) in {"tcp", "6"}

# The permission opens every port.
opens_all(permission) if all_protocols(permission.protocol)

opens_all(permission) if {
	to_number(permission.from) <= 1
	to_number(permission.to) >= 65535
}

# The statements of a policy document given as a JSON string or an object.
statements(policy) := as_list(doc.Statement) if {
	is_string(policy)
	doc := json.unmarshal(policy)
}

statements(policy) := as_list(policy.Statement) if is_object(policy)

as_list(x) := x if is_array(x)

as_list(x) := [x] if not is_array(x)

# Statement fields that may be a string or a list, as a list.
values_of(statement, field) := as_list(statement[field])

values_of(statement, field) := [] if not statement[field]

# A principal that means everyone: `"*"` or `{"AWS": "*"}`.
everyone(principal) if principal == "*"

everyone(principal) if {
	is_object(principal)
	some p in as_list(principal.AWS)
	p == "*"
}
