# Priced from a catalog `tollgate prices update` builds from the AWS Price List bulk API; the tests
# serve it hand-written offer files with these us-east-1 list prices (cli/tests/cli/price_offers*.rs).
# 730 hours a month. Usage-priced parts read infracost-usage.yml beside this file.

# Every public IPv4 address: 730 h x $0.005 = $3.65
resource "aws_eip" "nat" {
  domain = "vpc"
}

# 730 h x $0.10 = $73.00
resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

# 3 x m5.large: 3 x 730 h x $0.096 = $210.24; 3 x 50 GB gp2 disks: 150 GB x $0.10 = $15.00 -> $225.24
resource "aws_eks_node_group" "workers" {
  cluster_name    = aws_eks_cluster.main.name
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-1", "subnet-2"]
  instance_types  = ["m5.large"]
  disk_size       = 50
  scaling_config {
    desired_size = 3
    max_size     = 5
    min_size     = 1
  }
}

# 2 x cache.m5.large (Redis): 2 x 730 h x $0.156 = $227.76
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.m5.large"
  num_cache_clusters   = 2
}

# 2 x cache.t3.micro (Memcached): 2 x 730 h x $0.017 = $24.82
resource "aws_elasticache_cluster" "fragments" {
  cluster_id      = "fragments"
  engine          = "memcached"
  node_type       = "cache.t3.micro"
  num_cache_nodes = 2
}

# Data nodes 2 x m5.large.search: 2 x 730 h x $0.142 = $207.32
# Masters 3 x t3.small.search: 3 x 730 h x $0.036 = $78.84
# Storage gp3, 100 GB on each data node: 200 GB x $0.122 = $24.40             -> $310.56
resource "aws_opensearch_domain" "logs" {
  domain_name = "logs"
  cluster_config {
    instance_type            = "m5.large.search"
    instance_count           = 2
    dedicated_master_enabled = true
    dedicated_master_type    = "t3.small.search"
    dedicated_master_count   = 3
  }
  ebs_options {
    ebs_enabled = true
    volume_size = 100
    volume_type = "gp3"
  }
}

# 2 x dc2.large: 2 x 730 h x $0.25 = $365.00
resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier = "warehouse"
  node_type          = "dc2.large"
  cluster_type       = "multi-node"
  number_of_nodes    = 2
}

# Provisioned, past the free tier: 4 WCU x 730 h x $0.00065 = $1.90; 10 RCU x 730 h x $0.00013 = $0.95
# Storage (usage) 20 GB x $0.25 = $5.00                                        -> $7.85
resource "aws_dynamodb_table" "orders" {
  name           = "orders"
  hash_key       = "id"
  read_capacity  = 10
  write_capacity = 4
  attribute {
    name = "id"
    type = "S"
  }
}

# On demand (usage): 2,000,000 writes x $0.00000125 = $2.50; 10,000,000 reads x $0.00000025 = $2.50;
# storage not in the usage file: depends on usage, $0                          -> $5.00
resource "aws_dynamodb_table" "events" {
  name         = "events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

# $1.00 a month
resource "aws_kms_key" "data" {
  description = "data"
}

# $0.40 a month
resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

# Arm, 512 MB (usage): 5,000,000 requests x $0.0000002 = $1.00;
# 5,000,000 x 0.5 GB x 0.120 s = 300,000 GB-s x $0.0000133334 = $4.00             -> $5.00
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "api.zip"
  memory_size   = 512
  architectures = ["arm64"]
}

# FIFO (usage): 3,000,000 requests x $0.0000005 = $1.50
resource "aws_sqs_queue" "jobs" {
  name       = "jobs.fifo"
  fifo_queue = true
}

# t3.micro: 730 h x $0.0104 = $7.59; an extra gp3 volume of 50 GB x $0.08 = $4.00 -> $11.59
resource "aws_instance" "bastion" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 50
    volume_type = "gp3"
  }
}

# Standard storage and requests (usage): 500 GB x $0.023 = $11.50; 100,000 PUT x $0.000005 = $0.50;
# 2,000,000 GET x $0.0000004 = $0.80                                              -> $12.80
resource "aws_s3_bucket" "assets" {
  bucket = "assets"
}

# One standard-resolution alarm metric: $0.10
resource "aws_cloudwatch_metric_alarm" "cpu" {
  alarm_name          = "cpu"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  period              = 300
  statistic           = "Average"
  threshold           = 80
}

# A 10-second period is high resolution: $0.30
resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "latency"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "Latency"
  namespace           = "App"
  period              = 10
  statistic           = "Average"
  threshold           = 1
}

# Usage: 40 GB ingested x $0.50 = $20.00; 100 GB stored x $0.03 = $3.00            -> $23.00
resource "aws_cloudwatch_log_group" "app" {
  name              = "app"
  retention_in_days = 30
}

# Global: $0.50 a month
resource "aws_route53_zone" "main" {
  name = "example.com"
}

# Aurora PostgreSQL db.r6g.large: 730 h x $0.26 = $189.80
resource "aws_rds_cluster_instance" "reader" {
  identifier         = "reader"
  cluster_identifier = "orders"
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}

# A classic load balancer: 730 h x $0.025 = $18.25
resource "aws_elb" "legacy" {
  name               = "legacy"
  availability_zones = ["us-east-1a"]
  listener {
    instance_port     = 80
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
