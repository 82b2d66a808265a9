# Point 7: `tollgate check --plan plan.json` checks the plan's resources (Terraform's own values:
# the ACL below is a variable here, known in the plan) and points findings at these blocks.
# plan.json is excluded from the demo scan (testdata/.tollgate.yaml): it is read only with --plan.

variable "acl" {
  type = string
}

resource "aws_s3_bucket" "reports" {
  bucket = "acme-reports"
  acl    = var.acl
}

module "db" {
  source = "./db"
}
