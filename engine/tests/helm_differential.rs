//! Differential test of the built-in Helm renderer against real `helm template`: every chart of
//! `../shared/helm-charts`, with its default values and with each of its `ci/` values files, is
//! rendered both ways and the parsed documents compared (as a multiset, order aside). At least 95%
//! of the renders real Helm completes must match. Skips with a note when `../shared` or `helm` is
//! absent (`TOLLGATE_REQUIRE_HELM=1` makes that a failure; `.ci/run` installs helm and sets it).
//! `TOLLGATE_HELM` names the binary (default: `helm` on PATH).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use rayon::prelude::*;
use tollgate_engine::normalize::yaml_tree::parse_values;
use tollgate_engine::render::helm::{self, Release};

fn shared_charts() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/helm-charts");
    dir.is_dir().then_some(dir)
}

fn helm_binary() -> Option<String> {
    let binary = std::env::var("TOLLGATE_HELM").unwrap_or_else(|_| "helm".into());
    Command::new(&binary).arg("version").output().ok().filter(|o| o.status.success()).map(|_| binary)
}

fn charts(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for repo in std::fs::read_dir(root).into_iter().flatten().flatten() {
        for chart in std::fs::read_dir(repo.path().join("charts")).into_iter().flatten().flatten() {
            if chart.path().join("Chart.yaml").is_file() {
                found.push(chart.path());
            }
        }
    }
    found.sort();
    found
}

/// The documents of a YAML stream, each as canonical JSON text, sorted (nulls dropped).
fn documents(text: &str) -> Result<Vec<String>, String> {
    let mut docs: Vec<String> = parse_values(text)
        .map_err(|e| format!("{}:{}: {}", e.position.line, e.position.column, e.message))?
        .into_iter()
        .filter(|d| !d.is_null())
        .map(|d| canonical(&d).to_string())
        .collect();
    docs.sort();
    Ok(docs)
}

/// Object keys sorted, numbers as floats (a whole float and an integer are the same number).
fn canonical(value: &serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            let sorted: BTreeMap<&String, serde_json::Value> = map.iter().map(|(k, v)| (k, canonical(v))).collect();
            serde_json::Value::Object(sorted.into_iter().map(|(k, v)| (k.clone(), v)).collect())
        }
        serde_json::Value::Array(items) => serde_json::Value::Array(items.iter().map(canonical).collect()),
        serde_json::Value::Number(n) => serde_json::json!(n.as_f64()),
        other => other.clone(),
    }
}

enum Outcome {
    HelmFailed,
    /// Helm's own output changes from run to run (random passwords, dates).
    NotReproducible,
    Same,
    Different(String),
}

fn helm_template(helm_bin: &str, chart: &Path, values: Option<&Path>) -> Option<Vec<String>> {
    let mut command = Command::new(helm_bin);
    command.arg("template").arg(chart);
    if let Some(values) = values {
        command.arg("-f").arg(values);
    }
    let output = command.output().ok().filter(|o| o.status.success())?;
    documents(&String::from_utf8_lossy(&output.stdout)).ok()
}

/// The first path where two JSON values differ, with both values.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value, path: &str) -> Option<String> {
    match (a, b) {
        (serde_json::Value::Object(x), serde_json::Value::Object(y)) => {
            for key in x.keys().chain(y.keys()) {
                let (va, vb) =
                    (x.get(key).unwrap_or(&serde_json::Value::Null), y.get(key).unwrap_or(&serde_json::Value::Null));
                if let Some(d) = first_difference(va, vb, &format!("{path}.{key}")) {
                    return Some(d);
                }
            }
            None
        }
        (serde_json::Value::Array(x), serde_json::Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (va, vb))| first_difference(va, vb, &format!("{path}[{i}]")))
        }
        _ if a == b => None,
        _ => {
            let cut = |v: &serde_json::Value| v.to_string().chars().take(300).collect::<String>();
            Some(format!("{path}: helm {} / native {}", cut(a), cut(b)))
        }
    }
}

fn identity(doc: &serde_json::Value) -> (String, String) {
    (doc["kind"].to_string(), doc["metadata"]["name"].to_string())
}

fn compare(helm_bin: &str, chart: &Path, values: Option<&Path>) -> Outcome {
    let Some(expected) = helm_template(helm_bin, chart, values) else { return Outcome::HelmFailed };
    let files = match helm::read_folder(chart, 10_000) {
        Ok(files) => files,
        Err(e) => return Outcome::Different(format!("read: {e}")),
    };
    let user = match values.map(std::fs::read_to_string) {
        Some(Ok(text)) => parse_values(&text).ok().and_then(|d| d.into_iter().next()).unwrap_or_default(),
        _ => serde_json::Value::Null,
    };
    let rendered = match helm::render(&files, user, &Release::default()) {
        Ok(rendered) => rendered,
        Err(e) => {
            return Outcome::Different(format!("not rendered: {:?}:{}:{}: {}", e.path, e.line, e.column, e.message));
        }
    };
    let text: String = rendered.iter().map(|r| format!("---\n{}\n", r.text)).collect();
    let actual = match documents(&text) {
        Ok(docs) => docs,
        Err(e) => return Outcome::Different(format!("output does not parse: {e}")),
    };
    if actual == expected {
        return Outcome::Same;
    }
    if helm_template(helm_bin, chart, values).is_some_and(|again| again != expected) {
        return Outcome::NotReproducible;
    }
    let parse = |d: &String| serde_json::from_str::<serde_json::Value>(d).unwrap_or_default();
    let missing: Vec<serde_json::Value> = expected.iter().filter(|d| !actual.contains(d)).map(parse).collect();
    let extra: Vec<serde_json::Value> = actual.iter().filter(|d| !expected.contains(d)).map(parse).collect();
    for doc in &missing {
        if let Some(twin) = extra.iter().find(|e| identity(e) == identity(doc)) {
            let diff = first_difference(doc, twin, "").unwrap_or_default();
            return Outcome::Different(format!("{:?}: {diff}", identity(doc)));
        }
    }
    let names = |docs: &[serde_json::Value]| {
        docs.iter().map(identity).map(|(k, n)| format!("{k}/{n}")).collect::<Vec<_>>().join(", ")
    };
    Outcome::Different(format!("missing [{}] extra [{}]", names(&missing), names(&extra)))
}

#[test]
fn charts_render_as_helm_renders_them() {
    let require = std::env::var("TOLLGATE_REQUIRE_HELM").is_ok_and(|v| v == "1");
    let (Some(root), Some(helm_bin)) = (shared_charts(), helm_binary()) else {
        assert!(!require, "TOLLGATE_REQUIRE_HELM=1 but ../shared/helm-charts or helm is missing");
        println!("note: skipped: ../shared/helm-charts or a helm binary is absent");
        return;
    };
    let mut cases: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
    for chart in charts(&root) {
        cases.push((chart.clone(), None));
        let mut ci: Vec<PathBuf> =
            std::fs::read_dir(chart.join("ci")).into_iter().flatten().flatten().map(|e| e.path()).collect();
        ci.sort();
        cases.extend(
            ci.into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                .map(|p| (chart.clone(), Some(p))),
        );
    }
    let outcomes: Vec<Outcome> =
        cases.par_iter().map(|(chart, values)| compare(&helm_bin, chart, values.as_deref())).collect();
    let mut same = 0;
    let mut helm_ok = 0;
    for ((chart, values), outcome) in cases.iter().zip(&outcomes) {
        let label = format!(
            "{}{}",
            chart.strip_prefix(&root).unwrap_or(chart).display(),
            values
                .as_ref()
                .map(|v| format!(" -f ci/{}", v.file_name().unwrap_or_default().to_string_lossy()))
                .unwrap_or_default()
        );
        match outcome {
            Outcome::HelmFailed => println!("helm fails: {label}"),
            Outcome::NotReproducible => println!("helm's output changes between runs: {label}"),
            Outcome::Same => {
                same += 1;
                helm_ok += 1;
            }
            Outcome::Different(why) => {
                helm_ok += 1;
                println!("DIFFERENT {label}: {why}");
            }
        }
    }
    let share = same as f64 * 100.0 / helm_ok.max(1) as f64;
    println!("{same} of {helm_ok} renders that helm completes are the same ({share:.1}%); {} cases", cases.len());
    assert!(share >= 95.0, "{share:.1}% of renders match helm's (want at least 95%)");
}
