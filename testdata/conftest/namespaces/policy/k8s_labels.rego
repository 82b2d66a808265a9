package main.labels

deny contains "main.labels: the team label is missing" if {
	not input.metadata.labels.team
}
