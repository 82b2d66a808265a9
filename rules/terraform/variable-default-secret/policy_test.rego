package tollgate.terraform.variable_default_secret_test

import rego.v1

import data.tollgate.terraform.variable_default_secret as rule

variable(name, value) := {"type": "variable", "address": sprintf("var.%s", [name]), "kind": "terraform", "values": {"name": name, "default": value}, "unknown": []}

test_password_default_denied if {
	count(rule.deny) == 1 with input as variable("db_password", "hunter2")
}

test_token_default_denied if {
	count(rule.deny) == 1 with input as variable("github-token", "abc")
}

test_access_key_value_denied_whatever_the_name if {
	count(rule.deny) == 1 with input as variable("deploy_user", "AKIAIOSFODNN7EXAMPLE")
}

test_private_key_value_denied if {
	count(rule.deny) == 1 with input as variable("tls", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----")
}

test_empty_default_allowed if {
	count(rule.deny) == 0 with input as variable("db_password", "")
}

test_names_of_secrets_allowed if {
	count(rule.deny) == 0 with input as variable("secret_name", "prod/db")
	count(rule.deny) == 0 with input as variable("token_ttl", "3600")
	count(rule.deny) == 0 with input as variable("kms_key_id", "alias/app")
}

test_non_string_default_allowed if {
	count(rule.deny) == 0 with input as variable("password_length", 16)
	count(rule.deny) == 0 with input as variable("rotate_secret", true)
}
