# Not loaded automatically: pass it with --var-file.
environment    = "prod"
instance_count = 3
