# METADATA
# title: Pub/Sub topic or subscription open to everyone
# description: "An IAM member names `allUsers` or `allAuthenticatedUsers`."
# custom:
#   id: GCP079
#   severity: high
#   resource_types: [google_pubsub_topic_iam_member, google_pubsub_subscription_iam_member]
#   tags: [pubsub, public-access]
#   frameworks:
#     nist-800-53: ["AC-3", "AC-6"]
#     soc2: ["CC6.3"]
#   why: "Anyone with a Google account can then publish into (or read from) the stream."
#   remediation: "Grant the role to specific identities."
#   example: |
#     member = "serviceAccount:publisher@app.iam.gserviceaccount.com"
package tollgate.gcp.pubsub_topic_public

import rego.v1

import data.tollgate.lib

deny contains {"msg": sprintf("%s grants access to everyone", [input.address]), "attribute": "member"} if {
	input.type in {"google_pubsub_topic_iam_member", "google_pubsub_subscription_iam_member"}
	lower(sprintf("%v", [object.get(input.values, ["member"], null)])) in {"allusers", "allauthenticatedusers"}
	not lib.unknown("member")
}
