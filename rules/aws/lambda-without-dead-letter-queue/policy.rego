# METADATA
# title: Lambda function without a dead-letter queue
# description: "The function has no `dead_letter_config`, and no asynchronous invocation config (with its on-failure destination) sits beside it."
# custom:
#   id: AWS141
#   severity: low
#   resource_types: [aws_lambda_function, aws_lambda_function_event_invoke_config, "AWS::Lambda::Function", "AWS::Lambda::EventInvokeConfig"]
#   tags: [lambda, reliability]
#   frameworks:
#     nist-800-53: ["CP-10"]
#     soc2: ["A1.2"]
#   scope: project
#   why: "Asynchronous invocations that fail every retry are discarded; without a dead-letter queue (or an on-failure destination) the events are lost silently."
#   remediation: "Add `dead_letter_config { target_arn = aws_sqs_queue.dlq.arn }` or an `aws_lambda_function_event_invoke_config` on-failure destination."
#   example: |
#     dead_letter_config {
#       target_arn = aws_sqs_queue.dlq.arn
#     }
package tollgate.aws.lambda_without_dead_letter_queue

import rego.v1

import data.tollgate.lib

# A project rule: an `aws_lambda_function_event_invoke_config` (or `AWS::Lambda::EventInvokeConfig`)
# in the folder gives failed events an on-failure destination instead of a dead-letter queue.
deny contains {"msg": sprintf("%s drops failed asynchronous events", [r.address]), "address": r.address, "file": r.source.file, "attribute": "dead_letter_config"} if {
	some r in lib.items(input.resources)
	r.type == "aws_lambda_function"
	lib.blank(object.get(r.values, "dead_letter_config", null))
	not "dead_letter_config" in lib.items(object.get(r, "unknown", []))
	not async_config
}

deny contains {"msg": sprintf("%s drops failed asynchronous events", [r.address]), "address": r.address, "file": r.source.file, "attribute": "DeadLetterConfig"} if {
	some r in lib.items(input.resources)
	r.type == "AWS::Lambda::Function"
	lib.blank(object.get(r.values, "DeadLetterConfig", null))
	not async_config
}

async_config if {
	some r in lib.items(input.resources)
	r.type in {"aws_lambda_function_event_invoke_config", "AWS::Lambda::EventInvokeConfig"}
}
