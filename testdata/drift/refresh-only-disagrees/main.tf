# The instance's `monitoring` was turned on in the console (Terraform's refresh-only plan lists it; the
# code does not set it), and the bucket's tag was changed here but not applied yet (tollgate reports it;
# Terraform's refresh finds nothing changed outside Terraform).
resource "aws_instance" "app" {
  ami           = "ami-0abc1234"
  instance_type = "t3.micro"
  tags = {
    Name = "app"
  }
}

resource "aws_s3_bucket" "site" {
  bucket = "acme-site"
  tags = {
    team = "frontend"
  }
}
