variable "test_var" {
  type = string
}

resource "test_instance" "example" {
  ami = var.test_var
}
