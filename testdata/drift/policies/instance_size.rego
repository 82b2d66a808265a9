# METADATA
# title: Instance resized outside the code
# description: A compute instance runs a different size than declared; a bigger one costs more every hour.
# custom:
#   id: ORG_DRIFT_SIZE
#   severity: medium
#   drift: true
#   resource_types: [aws_instance]
#   remediation: Apply the code to restore the declared size, or change it in the code.
package org.drift.instance_size

import rego.v1

deny contains {"msg": msg, "attribute": "instance_type", "severity": "critical"} if {
	some change in input.drift.changes
	change.attribute == "instance_type"
	msg := sprintf("%s was resized from %s to %s by hand", [input.address, change.desired, change.live])
}
