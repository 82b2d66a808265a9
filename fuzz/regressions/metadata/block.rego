# METADATA
# title: [unclosed
# custom:
#   id: X
#   severity: extreme
#   frameworks: {a: [1, {b: 2}]}
#   scope: nowhere
package x
