package tollgate.aws.guardduty_detector_disabled_test

import rego.v1

import data.tollgate.aws.guardduty_detector_disabled as rule

test_disabled_denied if {
	count(rule.deny) == 1 with input as {"type": "aws_guardduty_detector", "address": "aws_guardduty_detector.x", "kind": "terraform", "values": {"enable": false}, "unknown": []}
}

test_default_allowed if {
	count(rule.deny) == 0 with input as {"type": "aws_guardduty_detector", "address": "aws_guardduty_detector.x", "kind": "terraform", "values": {}, "unknown": []}
}
