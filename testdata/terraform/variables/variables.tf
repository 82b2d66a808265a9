# Point 1: defaults, tfvars files and their precedence, type conversion, optional() defaults.

variable "environment" {
  type    = string
  default = "dev"
}

variable "instance_count" {
  type    = number
  default = 1
}

variable "volume_size" {
  # Given as the string "40" in terraform.tfvars.json: converted to a number.
  type = number
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "bucket" {
  type = object({
    name       = string
    versioning = optional(bool, true)
    logging    = optional(string)
  })
}

variable "region" {
  # No default and no value anywhere: unknown, reported once as a warning.
  type = string
}
