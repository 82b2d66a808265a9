resource "a" {
  x = "ÿ
  ${
