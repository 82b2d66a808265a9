# METADATA
# title: Windows container runs as a host process
# description: "The pod or a container sets `securityContext.windowsOptions.hostProcess: true`."
# custom:
#   id: K8S028
#   severity: high
#   resource_types: [Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController]
#   tags: [pod-security, windows]
#   frameworks:
#     pss-baseline: ["host-process"]
#     cis-kubernetes-v1.9: ["5.2.11"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["AC-6"]
#   why: "A HostProcess container runs directly on the Windows node with the node's network and file system, outside any container isolation: a compromise of it is a compromise of the node."
#   remediation: "Run the workload as a normal Windows container; keep HostProcess to node agents in a dedicated, locked-down namespace."
#   example: |
#     securityContext:
#       windowsOptions:
#         hostProcess: false
package tollgate.kubernetes.windows_host_process

import rego.v1

import data.tollgate.lib.kubernetes as k8s

deny contains {"msg": sprintf("%s runs Windows host processes", [input.address]), "attribute": sprintf("%s.securityContext.windowsOptions.hostProcess", [k8s.pod_spec.path])} if {
	k8s.pod_spec.spec.securityContext.windowsOptions.hostProcess == true
}

deny contains {"msg": sprintf("container `%s` of %s runs as a Windows host process", [c.container.name, input.address]), "attribute": sprintf("%s.securityContext.windowsOptions.hostProcess", [c.path])} if {
	some c in k8s.containers
	c.container.securityContext.windowsOptions.hostProcess == true
}
