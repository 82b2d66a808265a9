package tollgate.terraform.cost_allocation_tags_missing_test

import rego.v1

import data.tollgate.terraform.cost_allocation_tags_missing as rule

resource(type, values, unknown) := {"type": type, "kind": "terraform", "address": sprintf("%s.x", [type]), "values": values, "unknown": unknown, "source": {"file": "main.tf"}}

provider(tags) := {"type": "provider", "kind": "terraform", "address": "provider.aws", "values": {"name": "aws", "default_tags": [{"tags": tags}]}, "unknown": [], "source": {"file": "main.tf"}}

keys := {"cost_allocation_tags": ["team", "cost-center"]}

test_missing_keys_denied if {
	rule.deny == {{"msg": "aws_instance.x has no tags cost-center for cost allocation", "address": "aws_instance.x", "file": "main.tf"}} with input as {"resources": [resource("aws_instance", {"tags": {"team": "a"}}, [])]}
		with data.tollgate.rule_data as keys
}

test_google_labels_are_read if {
	rule.deny == {{"msg": "google_compute_instance.x has no labels cost-center, team for cost allocation", "address": "google_compute_instance.x", "file": "main.tf"}} with input as {"resources": [resource("google_compute_instance", {"tags": ["web"]}, [])]}
		with data.tollgate.rule_data as keys
}

test_provider_default_tags_count_for_aws if {
	count(rule.deny) == 0 with input as {"resources": [provider({"team": "a", "cost-center": "b"}), resource("aws_instance", {}, [])]}
		with data.tollgate.rule_data as keys
	count(rule.deny) == 1 with input as {"resources": [provider({"team": "a", "cost-center": "b"}), resource("azurerm_managed_disk", {}, [])]}
		with data.tollgate.rule_data as keys
}

test_tagged_or_unknown_allowed if {
	count(rule.deny) == 0 with input as {"resources": [resource("aws_instance", {"tags": {"team": "a", "cost-center": "b"}}, [])]}
		with data.tollgate.rule_data as keys
	count(rule.deny) == 0 with input as {"resources": [resource("aws_instance", {}, ["tags"])]}
		with data.tollgate.rule_data as keys
}

test_silent_without_configured_keys if {
	count(rule.deny) == 0 with input as {"resources": [resource("aws_instance", {}, [])]}
}
