package tollgate.kubernetes.cronjob_concurrency_allowed_test

import rego.v1

import data.tollgate.kubernetes.cronjob_concurrency_allowed as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "CronJob", "address": "CronJob/report", "kind": "kubernetes", "values": {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "report", "namespace": "shop"}, "spec": {"schedule": "*/10 * * * *", "jobTemplate": {"spec": {"template": {"spec": {"restartPolicy": "OnFailure", "containers": [{"name": "report", "image": "registry.example.com/report:2.0.1"}]}}}}}}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "CronJob", "address": "CronJob/report-ok", "kind": "kubernetes", "values": {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "report-ok", "namespace": "shop"}, "spec": {"schedule": "*/10 * * * *", "concurrencyPolicy": "Forbid", "jobTemplate": {"spec": {"template": {"spec": {"restartPolicy": "OnFailure", "containers": [{"name": "report", "image": "registry.example.com/report:2.0.1"}]}}}}}}, "unknown": []}
}
