package main.images

warn contains "main.images: pin the image by tag" if {
	some container in input.spec.template.spec.containers
	not contains(container.image, ":")
}
