//! Dependencies between modules point one way, in the engine and in the CLI: no file reaches back,
//! through other files, to a file that uses it. Only a folder's `mod.rs` and its children may use
//! each other. Recursive algorithms (the Terraform evaluator: an expression calls functions whose
//! arguments are expressions; a module instance evaluates the calls it makes) keep their shared types
//! in a leaf file (`normalize/terraform/frame.rs`, `evaluator.rs`) so the files recurse through
//! calls, not imports. Every cycle fails this test, naming the files in it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `engine/src`, by module path (`scan::findings`; `scan` for `scan/mod.rs`).
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut found = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read engine/src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src).expect("under src").with_extension("");
            let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if parts.last().is_some_and(|p| p == "mod" || p == "lib" || p == "main") {
                parts.pop();
            }
            found.insert(parts.join("::"), path);
        }
    }
    found
}

/// The modules a file's code names: `crate::a::b::...` paths and `super::...` paths, each taken as the
/// longest known module it starts with.
fn uses(module: &str, text: &str, known: &BTreeMap<String, PathBuf>) -> BTreeSet<String> {
    let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
    // `use crate::a::{b, c::d}` names a::b and a::c::d; every other path is read as written.
    let mut paths: Vec<String> = Vec::new();
    let words =
        code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '{' || c == '}' || c == ','));
    for word in words {
        for start in ["crate::", "super::"] {
            let mut rest = word;
            while let Some(at) = rest.find(start) {
                let tail = &rest[at..];
                let path: String = tail.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
                paths.push(path.trim_end_matches(':').to_owned());
                rest = &tail[start.len()..];
            }
        }
    }
    let own: Vec<&str> = if module.is_empty() { Vec::new() } else { module.split("::").collect() };
    let mut found = BTreeSet::new();
    for path in paths {
        let mut parts: Vec<&str> = path.split("::").collect();
        let absolute: Vec<String> = match parts.first() {
            Some(&"crate") => parts.drain(1..).map(str::to_owned).collect(),
            Some(&"super") => {
                // Each `super` goes one module up (a mod.rs is its folder's module).
                let mut base: Vec<&str> = own.clone();
                while parts.first() == Some(&"super") {
                    parts.remove(0);
                    base.pop();
                }
                base.iter().map(|s| (*s).to_owned()).chain(parts.iter().map(|s| (*s).to_owned())).collect()
            }
            _ => continue,
        };
        for len in (1..=absolute.len()).rev() {
            let candidate = absolute[..len].join("::");
            if known.contains_key(&candidate) {
                found.insert(candidate);
                break;
            }
        }
    }
    found.remove(module);
    found
}

/// Whether one module is the other's folder (`scan` and `scan::state`) or the same.
fn same_unit(a: &str, b: &str) -> bool {
    let inside = |outer: &str, inner: &str| outer.is_empty() || inner.starts_with(&format!("{outer}::"));
    a == b || inside(a, b) || inside(b, a)
}

/// The import cycles between the modules under `src`, each once.
fn cycles(src: &Path) -> Vec<String> {
    let known = modules(src);
    assert!(known.len() > 20, "found {} modules under {}", known.len(), src.display());
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, path) in &known {
        let text = std::fs::read_to_string(path).expect("read module");
        let targets = uses(module, &text, &known);
        edges.insert(module.clone(), targets.into_iter().filter(|t| !same_unit(module, t)).collect());
    }
    // Every cycle found by a walk from each module back to itself (each reported once).
    let mut cycles: BTreeSet<Vec<String>> = BTreeSet::new();
    for start in known.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, path)) = stack.pop() {
            for next in edges.get(&at).into_iter().flatten() {
                if next == start {
                    let mut cycle = path.clone();
                    let min = cycle.iter().enumerate().min_by_key(|(_, m)| (*m).clone()).map_or(0, |(i, _)| i);
                    cycle.rotate_left(min);
                    cycles.insert(cycle);
                } else if seen.insert(next.clone()) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    cycles.iter().map(|c| c.join(" -> ")).collect()
}

#[test]
fn engine_modules_import_each_other_in_one_direction() {
    let listed = cycles(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(listed.is_empty(), "import cycles between engine modules:\n{}", listed.join("\n"));
}

#[test]
fn cli_modules_import_each_other_in_one_direction() {
    let listed = cycles(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../cli/src"));
    assert!(listed.is_empty(), "import cycles between CLI modules:\n{}", listed.join("\n"));
}
