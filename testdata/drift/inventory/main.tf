# Declared side of the inventory fixture: live/ holds AWS Config items and a Cloud Asset Inventory export.
resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
  tags = {
    env = "prod"
  }
}

resource "aws_sqs_queue" "jobs" {
  name                       = "jobs"
  visibility_timeout_seconds = 30
}

resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "id"
}

resource "google_storage_bucket" "assets" {
  name     = "acme-assets"
  location = "EU"
  labels = {
    team = "web"
  }
}
