//! Builds one Kustomize overlay with the built-in builder and prints its documents:
//! `cargo run -p tollgate-engine --example build_overlay -- DIR` (paths relative to the current folder).

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let read = |path: &str| std::fs::read_to_string(path).ok();
    match tollgate_engine::render::kustomize::build(&dir, &read) {
        Ok(objects) => {
            for object in objects {
                println!("---\n# from {}\n{}", object.file, tollgate_engine::render::to_yaml::to_yaml(&object.value));
            }
        }
        Err(e) => eprintln!("not built: {e}"),
    }
}
