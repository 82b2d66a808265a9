package tollgate.gcp.pubsub_topic_public_test

import rego.v1

import data.tollgate.gcp.pubsub_topic_public as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "google_pubsub_topic_iam_member", "address": "google_pubsub_topic_iam_member.x", "kind": "terraform", "values": {"topic": "orders", "role": "roles/pubsub.publisher", "member": "allUsers"}, "unknown": []}
}

test_pass_2 if {
	count(rule.deny) == 0 with input as {"type": "google_pubsub_topic_iam_member", "address": "google_pubsub_topic_iam_member.x", "kind": "terraform", "values": {"topic": "orders", "role": "roles/pubsub.publisher", "member": "serviceAccount:publisher@app.iam.gserviceaccount.com"}, "unknown": []}
}
