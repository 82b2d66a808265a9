package tollgate.drift.labels_changed_test

import rego.v1

import data.tollgate.drift.labels_changed as rule

changed(attribute) := {"type": "aws_instance", "address": "aws_instance.a", "values": {}, "drift": {"status": "changed", "changes": [{"attribute": attribute, "desired": "a", "live": "b"}]}}

test_tag_change if {
	count(rule.deny) == 1 with input as changed("tags.Owner")
}

test_kubernetes_label if {
	count(rule.deny) == 1 with input as changed("metadata.labels.team")
}

test_other_attribute if {
	count(rule.deny) == 0 with input as changed("instance_type")
}
