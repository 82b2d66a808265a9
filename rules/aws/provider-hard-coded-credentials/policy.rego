# METADATA
# title: AWS provider has hard-coded credentials
# description: "The `aws` provider block sets `access_key` or `secret_key` to a value written in the configuration (literally or as a variable's default)."
# custom:
#   id: AWS077
#   severity: critical
#   resource_types: [provider]
#   tags: [secrets, credentials, iam]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["8.3.2", "8.6.2"]
#     hipaa: ["164.312(d)"]
#     nist-800-53: ["IA-5(7)"]
#   why: "An access key in the repository is readable by everyone who can clone it, stays in git history after it is removed, and is the first thing credential scanners on public forks find."
#   remediation: "Remove the keys and let the provider find credentials itself (environment variables, a shared profile, an assumed role, or OIDC in CI); deactivate and rotate the exposed key. Test setups against mocks set `skip_credentials_validation = true` and are left alone."
#   example: |
#     provider "aws" {
#       region = "eu-west-1"
#       # credentials come from AWS_PROFILE, the environment or an assumed role
#     }
package tollgate.aws.provider_hard_coded_credentials

import rego.v1

deny contains {"msg": sprintf("%s sets `%s` in the configuration", [input.address, key]), "attribute": key} if {
	input.type == "provider"
	input.values.name == "aws"
	not input.values.skip_credentials_validation == true
	some key in ["access_key", "secret_key", "token"]
	is_string(input.values[key])
	input.values[key] != ""
}
