variable "public" {
  type    = bool
  default = false
}

resource "aws_db_instance" "this" {
  identifier          = "reports"
  engine              = "mysql"
  publicly_accessible = var.public
  storage_encrypted   = true
  deletion_protection = true
}
