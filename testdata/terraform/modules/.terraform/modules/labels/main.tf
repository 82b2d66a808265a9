# A stand-in for the registry module cloudposse/label/null as `terraform init` would download it
# (written for tollgate's tests: the same inputs and output names, a much smaller body).
variable "name" {
  type = string
}

variable "stage" {
  type = string
}

locals {
  id = join("-", compact([var.stage, var.name]))
}

output "id" {
  value = local.id
}

output "tags" {
  value = { Name = local.id, Stage = var.stage }
}
