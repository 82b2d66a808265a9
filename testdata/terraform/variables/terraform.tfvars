environment = "staging"
tags = {
  Team = "platform"
}
bucket = {
  name = "acme-staging-data"
}
