# The configuration of Terraform's drift_refresh_only equivalence test: someone changed the string
# outside Terraform; the refresh-only plan in live/ holds the refreshed (live) value.
resource "tfcoremock_simple_resource" "drift" {
  string = "Hello, world!"
}
