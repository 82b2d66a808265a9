//! Differential test of the built-in Kustomize builder against real `kubectl kustomize`: every
//! kustomization of `../shared/corpus` that kubectl builds must build natively to the same documents
//! (parsed, order aside). Skips with a note when `../shared` or `kubectl` is absent
//! (`TOLLGATE_REQUIRE_KUBECTL=1` makes that a failure). `TOLLGATE_KUBECTL` names the binary.

use std::path::{Path, PathBuf};
use std::process::Command;

use tollgate_engine::normalize::yaml_tree::parse_values;
use tollgate_engine::render::kustomize;

fn canonical(value: &serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            serde_json::Value::Object(keys.into_iter().map(|k| (k.clone(), canonical(&map[k.as_str()]))).collect())
        }
        serde_json::Value::Array(items) => serde_json::Value::Array(items.iter().map(canonical).collect()),
        serde_json::Value::Number(n) => serde_json::json!(n.as_f64()),
        other => other.clone(),
    }
}

fn sorted(docs: impl IntoIterator<Item = serde_json::Value>) -> Vec<String> {
    let mut out: Vec<String> = docs.into_iter().filter(|d| !d.is_null()).map(|d| canonical(&d).to_string()).collect();
    out.sort();
    out
}

fn kustomizations(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            kustomizations(&entry, out);
        } else if entry.file_name().is_some_and(|n| n == "kustomization.yaml" || n == "kustomization.yml") {
            out.push(entry.parent().map(Path::to_path_buf).unwrap_or_default());
        }
    }
}

/// The first path where two JSON values differ, with both values.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value, path: &str) -> Option<String> {
    match (a, b) {
        (serde_json::Value::Object(x), serde_json::Value::Object(y)) => x.keys().chain(y.keys()).find_map(|key| {
            let null = serde_json::Value::Null;
            first_difference(x.get(key).unwrap_or(&null), y.get(key).unwrap_or(&null), &format!("{path}.{key}"))
        }),
        (serde_json::Value::Array(x), serde_json::Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (va, vb))| first_difference(va, vb, &format!("{path}[{i}]")))
        }
        _ if a == b => None,
        _ => Some(format!(
            "{path}: kubectl {} / native {}",
            a.to_string().chars().take(200).collect::<String>(),
            b.to_string().chars().take(200).collect::<String>()
        )),
    }
}

fn explain(expected: &[String], actual: &[String]) -> String {
    let parse = |d: &String| serde_json::from_str::<serde_json::Value>(d).unwrap_or_default();
    let id = |d: &serde_json::Value| format!("{}/{}", d["kind"], d["metadata"]["name"]);
    let missing: Vec<serde_json::Value> = expected.iter().filter(|d| !actual.contains(d)).map(parse).collect();
    let extra: Vec<serde_json::Value> = actual.iter().filter(|d| !expected.contains(d)).map(parse).collect();
    let names = |docs: &[serde_json::Value]| docs.iter().map(id).collect::<Vec<_>>().join(", ");
    for doc in &missing {
        if let Some(twin) = extra.iter().find(|e| id(e) == id(doc)) {
            let difference = first_difference(doc, twin, "").unwrap_or_default();
            return format!("{}: {difference} (missing [{}] extra [{}])", id(doc), names(&missing), names(&extra));
        }
    }
    format!(
        "missing [{}] extra [{}]",
        missing.iter().map(id).collect::<Vec<_>>().join(", "),
        extra.iter().map(id).collect::<Vec<_>>().join(", ")
    )
}

#[test]
fn kustomizations_build_as_kubectl_builds_them() {
    let require = std::env::var("TOLLGATE_REQUIRE_KUBECTL").is_ok_and(|v| v == "1");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    let kubectl = std::env::var("TOLLGATE_KUBECTL").unwrap_or_else(|_| "kubectl".into());
    let works = Command::new(&kubectl).args(["version", "--client"]).output().is_ok_and(|o| o.status.success());
    if !corpus.is_dir() || !works {
        assert!(!require, "TOLLGATE_REQUIRE_KUBECTL=1 but ../shared/corpus or kubectl is missing");
        println!("note: skipped: ../shared/corpus or a kubectl binary is absent");
        return;
    }
    let mut dirs = Vec::new();
    kustomizations(&corpus, &mut dirs);
    let read = |path: &str| std::fs::read_to_string(corpus.join(path)).ok();
    let (mut built, mut same) = (0, 0);
    for dir in &dirs {
        let output = Command::new(&kubectl).arg("kustomize").arg(dir).output().expect("run kubectl");
        let label = dir.strip_prefix(&corpus).unwrap_or(dir).to_string_lossy().replace('\\', "/");
        if !output.status.success() {
            println!("kubectl fails: {label}");
            continue;
        }
        built += 1;
        let expected = sorted(parse_values(&String::from_utf8_lossy(&output.stdout)).expect("kubectl output parses"));
        match kustomize::build(&label, &read) {
            Ok(objects) => {
                let actual = sorted(objects.into_iter().map(|o| o.value));
                if actual == expected {
                    same += 1;
                } else {
                    println!(
                        "DIFFERENT {label}: {} vs {} documents: {}",
                        actual.len(),
                        expected.len(),
                        explain(&expected, &actual)
                    );
                }
            }
            Err(e) => println!("DIFFERENT {label}: not built: {e}"),
        }
    }
    println!("{same} of {built} kustomizations kubectl builds are the same");
    assert_eq!(same, built, "every kustomization kubectl builds must build the same");
    assert!(built >= 20, "only {built} kustomizations built by kubectl: the corpus is not the one expected");
    assert!(same >= 20, "only {same} kustomizations compared");
}
