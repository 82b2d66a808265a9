resource "aws_instance" "a" {
  count = 1000000000
  ami = "x"
}
resource "aws_instance" "b" {
  for_each = toset([for i in range(10000000) : tostring(i)])
}
locals {
  p = setproduct(range(1000), range(1000), range(1000))
}
