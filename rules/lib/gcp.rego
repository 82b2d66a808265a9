# Helpers for Google Cloud rules: Cloud SQL database flags.
package tollgate.lib.gcp

import rego.v1

import data.tollgate.lib

# The values (lower-case text) a Cloud SQL instance gives a database flag: empty when it does not
# set the flag; a set, so a flag written twice is not a conflict.
database_flag(values, name) := {lower(sprintf("%v", [flag.value])) |
	some settings in lib.list(values, "settings")
	some flag in lib.list(settings, "database_flags")
	flag.name == name
}
