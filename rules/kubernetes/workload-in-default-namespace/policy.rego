# METADATA
# title: Workload runs in the default namespace
# description: "A workload, Service or ServiceAccount is placed in the `default` namespace by name. (A manifest without a namespace is left alone: the namespace is chosen when it is applied.)"
# custom:
#   id: K8S022
#   severity: low
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, Service, ServiceAccount, ConfigMap, Secret]
#   tags: [isolation, namespaces]
#   frameworks:
#     cis-kubernetes-v1.9: ["5.7.4"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-4", "SC-7"]
#   why: "The default namespace has no quotas, network policies or RBAC of its own: everything in it shares one boundary, and everyone with cluster access usually can read it."
#   remediation: "Create a namespace per application or team, with its RBAC, quotas and network policies, and deploy there."
#   example: |
#     metadata:
#       name: web
#       namespace: shop
package tollgate.kubernetes.workload_in_default_namespace

import rego.v1

deny contains {"msg": sprintf("%s is in the default namespace", [input.address]), "attribute": "metadata.namespace"} if {
	input.values.metadata.namespace == "default"
	not input.values.metadata.name in {"kubernetes"}
}
