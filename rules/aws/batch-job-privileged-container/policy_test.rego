package tollgate.aws.batch_job_privileged_container_test

import rego.v1

import data.tollgate.aws.batch_job_privileged_container as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_batch_job_definition", "address": "aws_batch_job_definition.x", "kind": "terraform", "values": {"name": "nightly", "type": "container", "container_properties": "{\"image\":\"registry.example.com/job:1.0\",\"privileged\":true,\"resourceRequirements\":[{\"type\":\"VCPU\",\"value\":\"1\"},{\"type\":\"MEMORY\",\"value\":\"2048\"}]}"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "aws_batch_job_definition", "address": "aws_batch_job_definition.x", "kind": "terraform", "values": {"name": "nightly-ok", "type": "container", "container_properties": "{\"image\":\"registry.example.com/job:1.0\",\"resourceRequirements\":[{\"type\":\"VCPU\",\"value\":\"1\"},{\"type\":\"MEMORY\",\"value\":\"2048\"}]}"}, "unknown": []}
}
