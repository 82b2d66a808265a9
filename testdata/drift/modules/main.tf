# The configuration behind Terraform's show-json-state/modules test data (live/), rewritten here.
module "module_test_foo" {
  source   = "./foo"
  test_var = "foo-var"
}

module "module_test_bar" {
  source   = "./bar"
  test_var = "bar-var"
}

output "test" {
  value = "baz"
}
