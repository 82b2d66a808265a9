# Point 2: locals evaluated in dependency order, whatever order they are written in.

locals {
  bucket_name = "${local.prefix}-${local.suffix}"
  tags        = merge(local.common_tags, { Name = local.bucket_name })
}

locals {
  prefix      = "acme-${local.environment}"
  environment = "prod"
  suffix      = "audit-logs"
  common_tags = {
    Environment = local.environment
    ManagedBy   = "terraform"
  }
}

resource "aws_s3_bucket" "audit" {
  bucket = local.bucket_name
  tags   = local.tags
}
