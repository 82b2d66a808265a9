# METADATA
# title: ConfigMap holds a secret
# description: "A ConfigMap key that names a secret (`password`, `token`, `api_key`...) has a literal value."
# custom:
#   id: K8S050
#   severity: medium
#   resource_types: [ConfigMap]
#   tags: [secrets]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "ConfigMaps are readable by far more roles than Secrets and are never encrypted at rest by the API server."
#   remediation: "Move the value to a Secret (kept out of git) and reference it from the workload."
#   example: |
#     apiVersion: v1
#     kind: ConfigMap
#     data:
#       DB_HOST: db.shop.svc
package tollgate.kubernetes.configmap_holds_secret

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s keeps `%s` in a ConfigMap", [input.address, key]), "attribute": sprintf("data.%s", [key])} if {
	some key, value in lib.items(input.values.data)
	lib.secret_name(key)
	lib.secret_literal(value)
	not contains(value, "\n")
}
