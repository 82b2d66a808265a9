variable "vpc_id" {
  type = string
}

variable "cidr" {
  type = string
}

variable "az" {
  type = string
}

variable "public" {
  type    = bool
  default = false
}

resource "aws_subnet" "this" {
  vpc_id                  = var.vpc_id
  cidr_block              = var.cidr
  availability_zone       = var.az
  map_public_ip_on_launch = var.public
}

output "cidr" {
  value = aws_subnet.this.cidr_block
}
