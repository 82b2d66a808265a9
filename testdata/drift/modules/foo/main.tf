variable "test_var" {
  type = string
}

resource "test_instance" "example" {
  count = 1
  ami   = var.test_var
}
