# Point 3: count, for_each, dynamic blocks, for expressions, splats, conditionals, templates, heredocs.

locals {
  subnets = {
    public  = { cidr = "10.0.1.0/24", public = true }
    private = { cidr = "10.0.2.0/24", public = false }
  }
  ports = [22, 443]
  names = ["web", "api", "worker"]
}

resource "aws_instance" "web" {
  count         = 2
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = count.index == 0 ? "t3.small" : "t3.micro"
  tags          = { Name = "web-${count.index}" }
}

# count = 0 removes the resource.
resource "aws_instance" "disabled" {
  count         = 0
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}

resource "aws_subnet" "this" {
  for_each                = local.subnets
  vpc_id                  = "vpc-0abc"
  cidr_block              = each.value.cidr
  map_public_ip_on_launch = each.value.public
  tags                    = { Name = each.key }
}

# An empty for_each removes the resource.
resource "aws_subnet" "none" {
  for_each   = {}
  vpc_id     = "vpc-0abc"
  cidr_block = "10.0.9.0/24"
}

resource "aws_security_group" "ssh" {
  name = "ssh"

  dynamic "ingress" {
    for_each = local.ports
    iterator = port
    content {
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = port.value == 22 ? ["0.0.0.0/0"] : ["10.0.0.0/8"]
    }
  }
}

resource "aws_iam_policy" "services" {
  name = "services"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [for name in local.names : {
      Effect   = "Allow"
      Action   = ["sqs:SendMessage"]
      Resource = "arn:aws:sqs:us-east-1:123456789012:${upper(name)}"
    } if name != "worker"]
  })
  description = join(",", [for s in aws_subnet.this : s.cidr_block])
}

resource "aws_launch_template" "web" {
  name          = "web"
  instance_type = (aws_instance.web[*].instance_type)[0]
  tags          = { Names = join(",", aws_instance.web.*.tags.Name) }
  user_data     = <<-EOT
    #!/bin/bash
    %{for name in local.names~}
    echo ${name}
    %{endfor~}
    %{if length(local.names) > 2}echo many%{else}echo few%{endif}
  EOT
}
