# Point 6: references resolve to configured values; computed attributes (id, arn) stay unknown;
# every resource records what it refers to, so cross-resource rules can join.

resource "aws_s3_bucket" "logs" {
  bucket = "acme-access-logs"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_logging" "logs" {
  # A configured attribute of another resource: known.
  bucket        = aws_s3_bucket.logs.bucket
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "${aws_s3_bucket.logs.bucket}/"
}

resource "aws_kms_key" "logs" {
  description         = "logs"
  enable_key_rotation = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.logs.arn
    }
  }
}
