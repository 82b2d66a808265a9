variable "name" {
  type = string
}

variable "cidr" {
  type = string
}

variable "azs" {
  type = list(string)
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags       = { Name = var.name }
}

module "subnets" {
  source = "./subnets"
  count  = length(var.azs)
  vpc_id = aws_vpc.this.id
  cidr   = cidrsubnet(var.cidr, 8, count.index)
  az     = var.azs[count.index]
}

output "vpc_id" {
  value = aws_vpc.this.id
}

output "subnet_cidrs" {
  value = module.subnets[*].cidr
}
