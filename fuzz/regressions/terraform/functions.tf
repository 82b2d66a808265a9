locals {
  a = jsondecode("[[[[[")
  b = format("%*d", 1000000000, 1)
  c = regex("(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab")
  d = cidrsubnets("10.0.0.0/8", 24, 24, 24)
  e = base64decode("!!")
  f = templatestring("${a}", {})
  g = 1 / 0
  h = pow(10, 400)
}
variable "v" {
  type = object({a = list(map(set(number)))})
  default = {a = [{x = [1, 1, "2"]}]}
}
