# METADATA
# title: Secret values committed in a manifest
# description: "A `Secret` manifest carries `data` or `stringData` values."
# custom:
#   id: K8S049
#   severity: high
#   resource_types: [Secret]
#   tags: [secrets, git]
#   frameworks:
#     nsa-cisa-k8s: ["secrets-out-of-manifests"]
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#     pci-dss-v4: ["8.3.2"]
#   why: "Secret data in a manifest is only base64-encoded: it sits readable in the repository, its forks and its history forever."
#   remediation: "Keep secret values out of git: SealedSecrets, External Secrets Operator, SOPS, or create the Secret from the pipeline."
#   example: |
#     apiVersion: external-secrets.io/v1beta1
#     kind: ExternalSecret
#     metadata:
#       name: db
#     spec:
#       secretStoreRef:
#         name: vault
#         kind: ClusterSecretStore
#       target:
#         name: db
#       data:
#         - secretKey: password
#           remoteRef:
#             key: prod/db
#             property: password
package tollgate.kubernetes.secret_data_in_manifest

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s commits the values of %v", [input.address, concat(", ", sort(keys))]), "attribute": field} if {
	some field in ["data", "stringData"]
	values := input.values[field]
	is_object(values)
	keys := [key | some key, value in values; value != ""]
	count(keys) > 0
	not input.values.type in {"kubernetes.io/service-account-token"}
}
