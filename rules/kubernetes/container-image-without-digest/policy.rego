# METADATA
# title: Container image is not pinned by digest
# description: "A container's image has no `@sha256:` digest."
# custom:
#   id: K8S034
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob]
#   tags: [supply-chain, images]
#   frameworks:
#     soc2: ["CC8.1"]
#     nist-800-53: ["CM-2", "SI-7"]
#   why: "A tag can be moved to other content at any time: the cluster may run an image nobody reviewed, and two nodes may run different code under one name."
#   remediation: "Reference images as `registry/name:tag@sha256:<digest>` (a tag kept for readability) and let your dependency bot update the digest."
#   example: |
#     spec:
#       containers:
#         - name: api
#           image: registry.example.com/api:3.0.1@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
package tollgate.kubernetes.container_image_without_digest

import rego.v1

import data.tollgate.lib
import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s runs %s, not pinned by digest", [input.address, c.container.image]), "attribute": sprintf("%s.image", [c.path])} if {
	some c in k8s.containers
	is_string(c.container.image)
	not contains(c.container.image, "@sha256:")
}
