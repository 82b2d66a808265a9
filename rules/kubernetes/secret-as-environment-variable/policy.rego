# METADATA
# title: Secret passed to a container as an environment variable
# description: "A container reads a Secret through `env[].valueFrom.secretKeyRef` or `envFrom[].secretRef`."
# custom:
#   id: K8S044
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [secrets, containers]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Environment variables are inherited by child processes, printed by crash handlers and debug endpoints, and visible to anyone who can read /proc; mounted files are not."
#   remediation: "Mount the Secret as a volume and read the file, or use a CSI secrets driver."
#   example: |
#     volumes:
#       - name: db
#         secret:
#           secretName: db
#     containers:
#       - name: app
#         volumeMounts:
#           - name: db
#             mountPath: /var/run/secrets/db
#             readOnly: true
package tollgate.kubernetes.secret_as_environment_variable

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("container `%s` of %s reads Secret `%v` as an environment variable", [c.container.name, input.address, name]), "attribute": sprintf("%s.env[%d]", [c.path, i])} if {
	some c in k8s.containers
	some i, env in lib.list(c.container, "env")
	name := env.valueFrom.secretKeyRef.name
}

deny contains {"msg": sprintf("container `%s` of %s loads Secret `%v` into its environment", [c.container.name, input.address, name]), "attribute": sprintf("%s.envFrom[%d]", [c.path, i])} if {
	some c in k8s.containers
	some i, source in lib.list(c.container, "envFrom")
	name := source.secretRef.name
}
