variable "env" {
  default = "prod"
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs-${var.env}"
  tags   = { team = "data" }

  versioning {
    enabled = true
  }
}

locals {
  owner = upper("data")
}
