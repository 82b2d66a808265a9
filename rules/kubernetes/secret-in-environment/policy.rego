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

deny contains {"msg": sprintf("container `%s` of %s sets `%s` to a literal value", [c.container.name, input.address, variable.name]), "attribute": sprintf("%s.env[%d].value", [c.path, i])} if {
	some c in k8s.containers
	some i, variable in lib.items(c.container.env)
	lib.secret_name(variable.name)
	lib.secret_literal(variable.value)
}
