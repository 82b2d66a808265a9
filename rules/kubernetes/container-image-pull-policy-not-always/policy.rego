# METADATA
# title: Container image pull policy is not Always
# description: "A container with a mutable tag sets `imagePullPolicy` to `IfNotPresent` or `Never`."
# custom:
#   id: K8S043
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [containers, supply-chain]
#   frameworks:
#     nist-800-53: ["SI-2"]
#     soc2: ["CC7.1"]
#   why: "With a mutable tag and `IfNotPresent`, nodes keep running whatever image they cached first, so a fixed image never reaches them and each node may run a different build."
#   remediation: "Pin images by digest, or set `imagePullPolicy: Always`."
#   example: |
#     containers:
#       - name: app
#         image: registry.example.com/app:1.4
#         imagePullPolicy: Always
package tollgate.kubernetes.container_image_pull_policy_not_always

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("container `%s` of %s may run a stale copy of `%s`", [c.container.name, input.address, c.container.image]), "attribute": sprintf("%s.imagePullPolicy", [c.path])} if {
	some c in k8s.containers
	c.container.imagePullPolicy in {"IfNotPresent", "Never"}
	is_string(c.container.image)
	not contains(c.container.image, "@")
}
