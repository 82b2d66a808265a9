# METADATA
# title: Container image uses a mutable tag
# description: The image has no tag or the `latest` tag, and no digest.
# custom:
#   id: K8S002
#   severity: medium
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [supply-chain, containers]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.5.1"]
#     soc2: [CC8.1]
#     nist-800-53: [CM-2, SI-7]
#   why: A mutable tag can point to a different image at every pull, so what runs is neither reviewed nor reproducible.
#   remediation: Pin a version tag, or better an immutable digest (`image@sha256:...`).
#   example: |
#     image: registry.example.com/web:2.1.0@sha256:4c1a...
package tollgate.kubernetes.container_image_latest_tag

import rego.v1

import data.tollgate.lib.kubernetes as k8s

# The part after the last "/" carries the tag; a registry port ("host:5000/app") is not a tag.
tag(image) := t if {
	not contains(image, "@")
	parts := split(image, "/")
	last := parts[count(parts) - 1]
	contains(last, ":")
	t := split(last, ":")[1]
}

mutable(image) if {
	not contains(image, "@")
	not tag(image)
}

mutable(image) if tag(image) == "latest"

deny contains {"msg": msg, "attribute": sprintf("%s.image", [c.path])} if {
	some c in k8s.containers
	mutable(c.container.image)
	msg := sprintf("container `%s` of %s uses the mutable image `%s`", [c.container.name, input.address, c.container.image])
}
