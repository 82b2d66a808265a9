# Point 5: Terraform's built-in functions, as real configurations use them.

locals {
  vpc_cidr = "10.20.0.0/16"
  azs      = ["us-east-1a", "us-east-1b", "us-east-1c"]
  raw      = jsondecode(file("${path.module}/settings.json"))
}

resource "aws_subnet" "private" {
  count             = length(local.azs)
  vpc_id            = "vpc-0abc"
  availability_zone = element(local.azs, count.index)
  cidr_block        = cidrsubnet(local.vpc_cidr, 8, count.index + 10)
  tags = {
    Name    = format("%s-private-%02d", local.raw.name, count.index + 1)
    Gateway = cidrhost(local.vpc_cidr, 1)
    Mask    = cidrnetmask(local.vpc_cidr)
  }
}

resource "aws_ssm_parameter" "summary" {
  name = "/${lower(local.raw.name)}/summary"
  type = "String"
  value = jsonencode({
    upper      = upper(local.raw.name)
    joined     = join("-", reverse(sort(local.azs)))
    replaced   = replace("web_api_worker", "/_(\\w+)/", "-$1")
    regex      = regex("^(\\w+)-(\\d+)$", "build-42")
    prefixed   = startswith(local.raw.name, "ac")
    merged     = merge({ a = 1 }, { b = 2 }, { a = 3 })
    flattened  = flatten([["a"], ["b", ["c"]]])
    distinct   = distinct(["a", "b", "a"])
    lookup     = lookup({ small = "t3.micro" }, "large", "m6i.large")
    zipped     = zipmap(["x", "y"], [1, 2])
    union      = setunion(["b"], ["a", "b"])
    ranged     = range(3)
    coalesced  = coalesce("", "fallback")
    sum        = sum([1, 2, 3.5])
    tried      = try(local.raw.missing.value, "default")
    can        = can(regex("^[0-9]+$", "12a"))
    b64        = base64encode("tollgate")
    digest     = sha256("tollgate")
    md5        = md5("tollgate")
    subnets    = cidrsubnets("10.1.0.0/16", 4, 4, 8)
    yaml       = yamldecode("a: [1, 2]")
    title      = title("hello world")
    substr     = substr("terraform", 0, 5)
    keys       = keys(local.raw.limits)
    transposed = transpose({ a = ["1", "2"], b = ["1"] })
  })
}

resource "aws_ssm_parameter" "deployed_at" {
  name  = "/acme/deployed-at"
  type  = "String"
  value = timestamp()
}
