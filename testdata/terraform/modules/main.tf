# Point 4: local modules (with count and for_each on the calls), outputs flowing back, nested module
# addresses, a registry module downloaded by `terraform init` (.terraform/modules/modules.json), and a
# git module that is not downloaded: reported as not evaluated, never silently.

module "network" {
  source = "./network"
  name   = "core"
  cidr   = "10.10.0.0/16"
  azs    = ["eu-west-1a", "eu-west-1b"]
}

module "bucket" {
  source   = "./bucket"
  for_each = toset(["assets", "logs"])
  name     = "acme-${each.key}"
  public   = each.key == "assets"
}

module "labels" {
  source  = "cloudposse/label/null"
  version = "0.25.0"
  name    = "core"
  stage   = "prod"
}

module "monitoring" {
  source = "git::https://example.com/acme/terraform-monitoring.git?ref=v1.2.0"
  vpc_id = module.network.vpc_id
}

resource "aws_flow_log" "core" {
  log_destination = "arn:aws:s3:::${module.bucket["logs"].name}"
  vpc_id          = module.network.vpc_id
  traffic_type    = "ALL"
  tags            = module.labels.tags
}

resource "aws_route53_zone" "private" {
  name    = "core.internal"
  comment = "subnets: ${join(", ", module.network.subnet_cidrs)}"
}

resource "aws_cloudwatch_metric_alarm" "monitoring" {
  alarm_name          = "monitoring"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  threshold           = 1
  alarm_actions       = [module.monitoring.topic_arn]
}
