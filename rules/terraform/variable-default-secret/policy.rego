# METADATA
# title: Variable default holds a secret
# description: "A Terraform variable named like a password, secret, token or key has a non-empty default, or its default looks like a credential (an AWS access key id, a private key, a GitHub or Slack token)."
# custom:
#   id: TF001
#   severity: high
#   resource_types: [variable]
#   tags: [secrets, credentials]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["8.3.2", "8.6.2"]
#     hipaa: ["164.312(d)"]
#     nist-800-53: ["IA-5(7)"]
#   why: "A default is committed with the code: every clone and every fork has the secret, it stays in git history after removal, and every environment that does not set the variable silently uses it."
#   remediation: "Remove the default and mark the variable `sensitive = true`; pass the value from a secret store or CI secret (`TF_VAR_name`), or read it with a data source (Secrets Manager, Key Vault, Secret Manager). Rotate the exposed secret."
#   example: |
#     variable "db_password" {
#       type      = string
#       sensitive = true
#     }
package tollgate.terraform.variable_default_secret

import rego.v1

# Names whose value is a secret: the name ends in one of these words.
secret_name := `(?i)(^|[_-])(password|passwd|pwd|secret|secret_?key|token|api_?key|access_?key|private_?key|client_secret|connection_string)$`

# Values that are credentials whatever the name.
credential_value := `(^(AKIA|ASIA)[0-9A-Z]{16}$)|(-----BEGIN [A-Z ]*PRIVATE KEY-----)|(^gh[pousr]_[A-Za-z0-9]{36,}$)|(^xox[abposr]-[A-Za-z0-9-]{10,}$)`

deny contains {"msg": sprintf("%s has a default that looks like a secret", [input.address]), "attribute": "default"} if {
	input.type == "variable"
	is_string(input.values.default)
	trim_space(input.values.default) != ""
	regex.match(secret_name, input.values.name)
}

deny contains {"msg": sprintf("%s has a credential as its default", [input.address]), "attribute": "default"} if {
	input.type == "variable"
	is_string(input.values.default)
	not regex.match(secret_name, input.values.name)
	regex.match(credential_value, input.values.default)
}
