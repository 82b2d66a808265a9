resource "aws_ebs_volume" "scratch" {
  availability_zone = "us-east-1a"
  size              = 20
}
