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

# A collection to iterate over: itself when it is an array, set or object, else nothing (a string,
# number or null written where a list belongs). `some x in lib.items(v)` never fails at run time.
items(x) := x if is_array(x)

items(x) := x if is_object(x)

items(x) := x if is_set(x)

items(x) := [] if {
	not is_array(x)
	not is_object(x)
	not is_set(x)
}

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

# Words that name an environment outside production, and production, as they appear in paths
# (`envs/dev/main.tf`, `staging-eu/`) and in `Environment`/`env`/`stage` tags or labels.
non_production_names := {"dev", "develop", "development", "test", "testing", "qa", "uat", "staging", "stage", "stg", "sandbox", "nonprod", "nonproduction", "preview", "demo"}

production_names := {"prod", "production", "prd", "live"}

environment_keys := {"environment", "env", "stage", "tier"}

# The words of a resource's file and of the module calls that lead to it, and its environment tag.
environment_words(r) := {word |
	some path in array.concat([r.source.file], [c.file | some c in object.get(r, "module_calls", [])])
	some word in regex.split(`[/._\-]+`, replace(replace(lower(path), "non-prod", "nonprod"), "non_prod", "nonprod"))
} | {lower(value) |
	some attribute in ["tags", "labels"]
	tags := object.get(r.values, attribute, {})
	is_object(tags)
	some key, value in tags
	lower(key) in environment_keys
	is_string(value)
}

# The resource is outside production: a non-production word and no production word.
non_production(r) if {
	words := environment_words(r)
	some word in words
	word in non_production_names
	not production_word(words)
}

production_word(words) if {
	some word in words
	word in production_names
}

# A setting that names a secret (`DB_PASSWORD`, `API_TOKEN`), not one that only mentions one: counts
# and limits (`MAX_INPUT_TOKENS`), references to where a secret is kept (`SECRET_ID`, `*_ARN`,
# `*_FILE`), flags (`ALLOW_EMPTY_PASSWORD`) and etcd's cluster identifier.
secret_name(name) if {
	is_string(name)
	regex.match(`(?i)(password|passwd|secret|token|api_?key|private_?key|credential)`, name)
	not regex.match(`(?i)(tokens$|^(max|min|num)_|_(id|name|version|file|path|ref|arn|ttl|limit|count|size|len|length|param|parameter)$|allow_empty|initial_cluster_token)`, name)
}

# A value written in place that can be a secret: not empty, a flag, a number, a path, an ARN or a
# CloudFormation dynamic reference.
secret_literal(value) if {
	is_string(value)
	value != ""
	not lower(value) in {"yes", "no", "true", "false", "on", "off"}
	not regex.match(`^[0-9]+$`, value)
	not startswith(value, "/")
	not startswith(value, "arn:")
	not startswith(value, "{{resolve:")
}

# A setting that is on: `true`, or the string "true" (CloudFormation and YAML often quote booleans).
truthy(value) if value == true

truthy(value) if {
	is_string(value)
	lower(value) == "true"
}

# A setting turned off explicitly: `false` or "false" (absent is neither on nor off).
falsy(value) if value == false

falsy(value) if {
	is_string(value)
	lower(value) == "false"
}

# A value that says nothing: absent (null), an empty string, list or object.
blank(value) if value == null

blank(value) if value == ""

blank(value) if value == []

blank(value) if value == {}
