# METADATA
# title: Ingress uses an NGINX configuration snippet
# description: "An Ingress carries `nginx.ingress.kubernetes.io/configuration-snippet`, `server-snippet` or `auth-snippet`."
# custom:
#   id: K8S048
#   severity: high
#   resource_types: [Ingress]
#   tags: [ingress, cve-2021-25742]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Snippets inject raw NGINX configuration; with them, anyone who may write an Ingress can read the controller's service account token and every Secret it sees (CVE-2021-25742)."
#   remediation: "Use the controller's dedicated annotations instead of snippets, and keep `allow-snippet-annotations: false` in its ConfigMap."
#   example: |
#     metadata:
#       annotations:
#         nginx.ingress.kubernetes.io/ssl-redirect: "true"
package tollgate.kubernetes.ingress_nginx_snippet_annotation

import rego.v1

import data.tollgate.lib

snippets := {"nginx.ingress.kubernetes.io/configuration-snippet", "nginx.ingress.kubernetes.io/server-snippet", "nginx.ingress.kubernetes.io/auth-snippet", "nginx.ingress.kubernetes.io/stream-snippet"}

deny contains {"msg": sprintf("%s injects NGINX configuration through `%s`", [input.address, name]), "attribute": sprintf("metadata.annotations.%s", [name])} if {
	some name, _ in lib.items(object.get(input.values.metadata, "annotations", {}))
	name in snippets
}
