# Helpers shared by the built-in rules: networks, ports, known values.
package tollgate.lib

import rego.v1

# Addresses that mean "anywhere on the internet" in AWS, Azure and GCP configurations.
public_sources := {"0.0.0.0/0", "::/0", "*", "0.0.0.0", "internet", "any", "<nw>/0", "/0"}

is_public(source) if {
	is_string(source)
	lower(source) in public_sources
}

# The elements of a list attribute: none when it is absent, null or unknown (never a run-time error).
list(values, name) := values[name] if is_array(values[name])

list(values, name) := [] if not is_array(values[name])

# A port (number or string) falls within a from/to range.
port_in_range(port, from, to) if {
	to_number(from) <= port
	port <= to_number(to)
}

# A port specification such as "22", "20-30" or "*" covers a port.
port_spec_covers(spec, _) if spec == "*"

port_spec_covers(spec, port) if {
	not contains(sprintf("%v", [spec]), "-")
	spec != "*"
	to_number(spec) == port
}

port_spec_covers(spec, port) if {
	parts := split(sprintf("%v", [spec]), "-")
	count(parts) == 2
	port_in_range(port, parts[0], parts[1])
}

# An attribute is known: present in the values, or absent but not waiting on evaluation.
unknown(name) if name in input.unknown

# The attribute is missing (not set, not unknown) or explicitly false.
not_true(values, name) if {
	not unknown(name)
	not values[name] == true
}

# An amount of money as `$12.34` (integer arithmetic: sprintf's %f does not take whole numbers).
dollars(amount) := sprintf("$%d.%02d", [floor(cents / 100), cents % 100]) if {
	cents := round(amount * 100)
}
