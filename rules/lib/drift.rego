# Helpers for drift rules (`custom.drift: true`): what a difference touches and where the resource runs.
package tollgate.lib.drift

import rego.v1

import data.tollgate.lib

# Attribute roots that hold only labels and tags.
label_roots := {"tags", "tags_all", "labels", "metadata.labels", "metadata.annotations", "Tags"}

is_label_path(path) if path in label_roots

is_label_path(path) if {
	some root in label_roots
	some sep in [".", "["]
	startswith(path, concat("", [root, sep]))
}

# The path's names without list indexes: `ingress[0].cidr_blocks` -> ["ingress", "cidr_blocks"].
names(path) := split(regex.replace(path, `\[[0-9]+\]`, ""), ".")

# Changes beyond labels and tags.
substantive_changes contains change if {
	input.drift.status == "changed"
	some change in lib.items(input.drift.changes)
	not is_label_path(change.attribute)
}

label_sets contains labels if {
	some labels in [object.get(input.values, "tags", null), object.get(input.values, "labels", null)]
	is_object(labels)
}

label_sets contains labels if {
	labels := input.values.metadata.labels
	is_object(labels)
}

production_names := {"prod", "production", "prd"}

# Whether the resource runs in production: an environment tag or label, or a production namespace.
production if {
	some labels in label_sets
	some key, value in labels
	lower(key) in {"environment", "env", "stage"}
	is_string(value)
	lower(value) in production_names
}

production if input.values.metadata.namespace in production_names

# Whether a value holds an address meaning "anywhere on the internet".
has_public(value) if {
	walk(value, [_, leaf])
	lib.is_public(leaf)
}

# A value in text for messages.
show(value) := json.marshal(value)
