resource "aws_instance" "app" {
  count         = var.instance_count
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = var.environment == "prod" ? "m6i.large" : "t3.micro"
  tags          = merge(var.tags, { Environment = var.environment })
}

resource "aws_ebs_volume" "data" {
  availability_zone = "${var.region}a"
  size              = var.volume_size
  encrypted         = true
}

resource "aws_security_group" "app" {
  name = "app-${var.environment}"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = var.allowed_cidrs
  }
}

resource "aws_s3_bucket" "data" {
  bucket = var.bucket.name
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = var.bucket.versioning ? "Enabled" : "Suspended"
  }
}
