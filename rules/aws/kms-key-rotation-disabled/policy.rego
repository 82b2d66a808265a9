# METADATA
# title: KMS key rotation is off
# description: "A symmetric customer managed KMS key does not rotate its key material yearly."
# custom:
#   id: AWS008
#   severity: medium
#   resource_types: [aws_kms_key, "AWS::KMS::Key"]
#   tags: [kms, encryption, key-management]
#   frameworks:
#     cis-aws-v3.0: ["3.6"]
#     soc2: ["CC6.1"]
#     pci-dss-v4: ["3.7.4"]
#     nist-800-53: ["SC-12"]
#   why: "Without rotation one key version protects data for its whole life, so a leaked version exposes everything it ever encrypted."
#   remediation: "Set `enable_key_rotation = true` on symmetric keys."
#   example: |
#     resource "aws_kms_key" "data" {
#       description         = "data"
#       enable_key_rotation = true
#     }
package tollgate.aws.kms_key_rotation_disabled

import rego.v1

import data.tollgate.lib

symmetric(values) if object.get(values, "customer_master_key_spec", "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"

deny contains {"msg": sprintf("%s does not rotate its key material", [input.address]), "attribute": "enable_key_rotation", "fix": {"set": {"enable_key_rotation": true}, "risk": "low"}} if {
	input.type == "aws_kms_key"
	symmetric(input.values)
	not lib.unknown("customer_master_key_spec")
	lib.not_true(input.values, "enable_key_rotation")
}

deny contains {"msg": sprintf("%s does not rotate its key material", [input.address]), "attribute": "EnableKeyRotation", "fix": {"set": {"EnableKeyRotation": true}, "risk": "low"}} if {
	input.type == "AWS::KMS::Key"
	object.get(input.values, "KeySpec", "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"
	not input.values.EnableKeyRotation in {true, "true"}
}
