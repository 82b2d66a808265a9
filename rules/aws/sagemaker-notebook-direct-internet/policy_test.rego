package tollgate.aws.sagemaker_notebook_direct_internet_test

import rego.v1

import data.tollgate.aws.sagemaker_notebook_direct_internet as rule

test_default_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_sagemaker_notebook_instance", "address": "aws_sagemaker_notebook_instance.x", "kind": "terraform", "values": {}, "unknown": []}
}

test_disabled_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_sagemaker_notebook_instance", "address": "aws_sagemaker_notebook_instance.x", "kind": "terraform", "values": {"direct_internet_access": "Disabled"}, "unknown": []}
}
