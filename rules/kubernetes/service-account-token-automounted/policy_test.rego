package tollgate.kubernetes.service_account_token_automounted_test

import rego.v1

import data.tollgate.kubernetes.service_account_token_automounted as rule

pod(spec) := {"type": "Pod", "address": "Pod/default/p", "kind": "kubernetes", "source": {"file": "p.yaml", "line": 1}, "values": {"metadata": {"name": "p"}, "spec": spec}}

account(name, automount) := {"type": "ServiceAccount", "address": sprintf("ServiceAccount/default/%s", [name]), "kind": "kubernetes", "source": {"file": "sa.yaml", "line": 1}, "values": {"metadata": {"name": name}, "automountServiceAccountToken": automount}}

test_missing_denied if {
	count(rule.deny) == 1 with input as {"resources": [pod({"containers": [{"name": "a"}]})]}
}

test_false_allowed if {
	count(rule.deny) == 0 with input as {"resources": [pod({"automountServiceAccountToken": false, "containers": [{"name": "a"}]})]}
}

test_service_account_false_is_inherited if {
	spec := {"serviceAccountName": "api", "containers": [{"name": "a"}]}
	count(rule.deny) == 0 with input as {"resources": [pod(spec), account("api", false)]}
}

test_default_service_account_false_is_inherited if {
	count(rule.deny) == 0 with input as {"resources": [pod({"containers": [{"name": "a"}]}), account("default", false)]}
}

test_pod_true_wins_over_the_service_account if {
	spec := {"serviceAccountName": "api", "automountServiceAccountToken": true, "containers": [{"name": "a"}]}
	count(rule.deny) == 1 with input as {"resources": [pod(spec), account("api", false)]}
}

test_another_service_account_does_not_count if {
	spec := {"serviceAccountName": "worker", "containers": [{"name": "a"}]}
	count(rule.deny) == 1 with input as {"resources": [pod(spec), account("api", false)]}
}
