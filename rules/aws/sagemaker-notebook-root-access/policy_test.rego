package tollgate.aws.sagemaker_notebook_root_access_test

import rego.v1

import data.tollgate.aws.sagemaker_notebook_root_access as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_sagemaker_notebook_instance", "address": "aws_sagemaker_notebook_instance.x", "kind": "terraform", "values": {"name": "x"}, "unknown": []}
}

test_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_sagemaker_notebook_instance", "address": "aws_sagemaker_notebook_instance.x", "kind": "terraform", "values": {"root_access": "Disabled"}, "unknown": []}
}

test_unknown_silent if {
	count(rule.deny) == 0 with input as {"type": "aws_sagemaker_notebook_instance", "address": "aws_sagemaker_notebook_instance.x", "kind": "terraform", "values": {}, "unknown": ["root_access"]}
}

test_bad_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_sagemaker_notebook_instance", "address": "aws_sagemaker_notebook_instance.x", "kind": "terraform", "values": {"root_access": "Enabled"}, "unknown": []}
}

test_cfn_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "AWS::SageMaker::NotebookInstance", "address": "AWS::SageMaker::NotebookInstance/x", "kind": "cloudformation", "values": {}, "unknown": []}
}

test_cfn_good_allowed if {
	count(rule.deny) == 0 with input as {"type": "AWS::SageMaker::NotebookInstance", "address": "AWS::SageMaker::NotebookInstance/x", "kind": "cloudformation", "values": {"RootAccess": "Disabled"}, "unknown": []}
}
