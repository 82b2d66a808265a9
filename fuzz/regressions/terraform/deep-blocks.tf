resource "a" "b" {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
c {
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
