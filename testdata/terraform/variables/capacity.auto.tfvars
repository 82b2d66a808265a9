# Loaded after terraform.tfvars(.json): wins over them.
instance_count = 2
