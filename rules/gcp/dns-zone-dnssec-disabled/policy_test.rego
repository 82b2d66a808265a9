package tollgate.gcp.dns_zone_dnssec_disabled_test

import rego.v1

import data.tollgate.gcp.dns_zone_dnssec_disabled as rule

test_missing_denied if {
	count(rule.deny) == 1 with input as {"type": "google_dns_managed_zone", "address": "google_dns_managed_zone.x", "kind": "terraform", "values": {"dns_name": "example.com."}, "unknown": []}
}

test_on_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_dns_managed_zone", "address": "google_dns_managed_zone.x", "kind": "terraform", "values": {"dnssec_config": [{"state": "on"}]}, "unknown": []}
}

test_private_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_dns_managed_zone", "address": "google_dns_managed_zone.x", "kind": "terraform", "values": {"visibility": "private"}, "unknown": []}
}
