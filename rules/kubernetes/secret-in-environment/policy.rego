# METADATA
# title: Secret written in a container's environment
# description: "An environment variable named like a password, secret, token or key has a literal `value`."
# custom:
#   id: K8S015
#   severity: high
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   tags: [secrets, pod-security]
#   frameworks:
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["8.3.2"]
#     nist-800-53: ["IA-5(7)", "SC-28"]
#   why: "A literal secret in a manifest is in git history forever, readable by everyone with repository access and by anyone who can read the workload."
#   remediation: "Store the value in a Secret (or an external secret store) and reference it with `valueFrom.secretKeyRef`."
#   example: |
#     env:
#       - name: DB_PASSWORD
#         valueFrom:
#           secretKeyRef:
#             name: db
#             key: password
package tollgate.kubernetes.secret_in_environment

import rego.v1

import data.tollgate.lib

import data.tollgate.lib.kubernetes as k8s

secret_name(name) if {
	regex.match(`(?i)(password|passwd|secret|token|api_?key|private_?key|credentials)`, name)
	not setting_name(name)
}

# Names that mention a secret without holding one: counts and limits (`MAX_INPUT_TOKENS`), references
# to where a secret is kept (`SECRET_ID`, `DB_PASSWORD_FILE`), flags (`MYSQL_ALLOW_EMPTY_PASSWORD`)
# and etcd's cluster identifier (`ETCD_INITIAL_CLUSTER_TOKEN`).
setting_name(name) if regex.match(`(?i)(tokens$|^(max|min|num)_|_(id|name|version|file|path|ref|arn|ttl|limit|count|size|len|length)$|allow_empty|initial_cluster_token)`, name)

# Values that cannot be a secret: flags, numbers, file paths.
setting_value(value) if lower(value) in {"yes", "no", "true", "false", "on", "off"}

setting_value(value) if regex.match(`^[0-9]+$`, value)

setting_value(value) if startswith(value, "/")

deny contains {"msg": sprintf("container `%s` of %s sets `%s` to a literal value", [c.container.name, input.address, variable.name]), "attribute": sprintf("%s.env[%d].value", [c.path, i])} if {
	some c in k8s.containers
	some i, variable in lib.items(c.container.env)
	secret_name(variable.name)
	is_string(variable.value)
	variable.value != ""
	not setting_value(variable.value)
}
