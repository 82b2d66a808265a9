# METADATA
# title: Lambda function without a dead-letter queue
# description: "The function has no `dead_letter_config`."
# custom:
#   id: AWS141
#   severity: low
#   resource_types: [aws_lambda_function, "AWS::Lambda::Function"]
#   tags: [lambda, reliability]
#   frameworks:
#     nist-800-53: ["CP-10"]
#     soc2: ["A1.2"]
#   why: "Asynchronous invocations that fail every retry are discarded; without a dead-letter queue (or an on-failure destination) the events are lost silently."
#   remediation: "Add `dead_letter_config { target_arn = aws_sqs_queue.dlq.arn }` or an `aws_lambda_function_event_invoke_config` on-failure destination."
#   example: |
#     dead_letter_config {
#       target_arn = aws_sqs_queue.dlq.arn
#     }
package tollgate.aws.lambda_without_dead_letter_queue

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s drops failed asynchronous events", [input.address]), "attribute": "dead_letter_config"} if {
	input.type == "aws_lambda_function"
	lib.blank(object.get(input.values, ["dead_letter_config"], null))
	not lib.unknown("dead_letter_config")
}

deny contains {"msg": sprintf("%s drops failed asynchronous events", [input.address]), "attribute": "DeadLetterConfig"} if {
	input.type == "AWS::Lambda::Function"
	lib.blank(object.get(input.values, ["DeadLetterConfig"], null))
}
