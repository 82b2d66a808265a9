package tollgate.gcp.dns_dnssec_rsasha1_test

import rego.v1

import data.tollgate.gcp.dns_dnssec_rsasha1 as rule

test_sha1_denied if {
	count(rule.deny) == 1 with input as {"type": "google_dns_managed_zone", "address": "google_dns_managed_zone.x", "kind": "terraform", "values": {"dnssec_config": [{"state": "on", "default_key_specs": [{"algorithm": "rsasha1", "key_type": "keySigning"}]}]}, "unknown": []}
}

test_sha256_allowed if {
	count(rule.deny) == 0 with input as {"type": "google_dns_managed_zone", "address": "google_dns_managed_zone.x", "kind": "terraform", "values": {"dnssec_config": [{"state": "on", "default_key_specs": [{"algorithm": "rsasha256"}]}]}, "unknown": []}
}
