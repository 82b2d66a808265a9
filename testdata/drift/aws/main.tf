# Declared side of the AWS drift fixture; live/ holds what runs.
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  tags = {
    env = "prod"
  }
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "192.168.0.0/16"]
  }
}

resource "aws_instance" "app" {
  count         = 2
  ami           = "ami-0abc"
  instance_type = "t3.micro"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
