# The code is clean: a private bucket ACL, IMDSv2, detailed monitoring and an encrypted root volume on the instance.
resource "aws_s3_bucket_acl" "site" {
  bucket = "acme-site"
  acl    = "private"
}

resource "aws_instance" "app" {
  ami           = "ami-0abc"
  instance_type = "t3.micro"
  monitoring    = true

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted = true
  }
}
