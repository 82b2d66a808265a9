//! Rebuilds the engine when the embedded built-in rule pack changes.
fn main() {
    println!("cargo:rerun-if-changed=../rules");
}
