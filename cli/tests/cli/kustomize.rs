//! Kustomize overlays are built natively and scanned as built: a production patch that turns on
//! privileged mode is a finding on the overlay's object at the patch's line (the base line related);
//! what the base alone says stays at the base's line; the base is not reported a second time on its own; an overlay that cannot be built is a
//! `kustomize-not-built` warning and its files are scanned as they are; a warm run reuses a built overlay
//! until a file its build read changes.

use insta::assert_json_snapshot;
use serde_json::Value;

use crate::support::TempRepo;

const DEPLOYMENT: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: web
          image: nginx:1.27
          envFrom:
            - configMapRef: {name: settings}
";

const PATCH: &str = "apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          securityContext:
            privileged: true
";

fn overlay(repo: &TempRepo) {
    repo.write("base/deployment.yaml", DEPLOYMENT);
    repo.write(
        "base/kustomization.yaml",
        "resources: [deployment.yaml]\nconfigMapGenerator:\n  - name: settings\n    literals: [MODE=base]\n",
    );
    repo.write("prod/privileged.yaml", PATCH);
    repo.write(
        "prod/kustomization.yaml",
        "resources: [../base]\nnamePrefix: prod-\nnamespace: prod\nimages:\n  - name: nginx\n    newTag: \"1.28\"\npatches:\n  - path: privileged.yaml\n",
    );
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

#[test]
fn overlay_findings_are_on_the_built_objects_at_their_base_lines() {
    let repo = TempRepo::new();
    overlay(&repo);
    let (run, report) = repo.check_json(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let mut privileged: Vec<(String, String, String, u64)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule_id"] == "K8S001")
        .map(|f| (text(&f["rule_id"]), text(&f["file"]), text(&f["resource"]), f["line"].as_u64().unwrap_or_default()))
        .collect();
    privileged.sort();
    assert_json_snapshot!("kustomize_privileged", privileged);
    // The base is scanned once, as the overlay builds it (no finding names the unprefixed `web`).
    let resources: Vec<String> =
        report["findings"].as_array().into_iter().flatten().map(|f| text(&f["resource"])).collect();
    assert!(resources.iter().all(|r| r.contains("prod-web") || r.contains("prod-settings")), "{resources:?}");
    let skipped: Vec<String> =
        report["skipped"].as_array().into_iter().flatten().map(|s| format!("{} {}", s["file"], s["reason"])).collect();
    assert!(skipped.iter().any(|s| s.contains("base/deployment.yaml") && s.contains("overlay prod")), "{skipped:?}");
    // The patch wrote the value: the finding is at the patch's line, the built object's base line related.
    let line = privileged.first().map(|p| p.3).unwrap_or_default() as usize;
    assert!(PATCH.lines().nth(line - 1).unwrap_or_default().contains("privileged: true"), "line {line}");
    let finding = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["rule_id"] == "K8S001")
        .cloned()
        .unwrap_or_default();
    assert_eq!(finding["related"][0]["file"], "base/deployment.yaml", "{finding:#}");
    // A finding on what the base alone says stays at the base's line.
    let memory = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["rule_id"] == "K8S008")
        .cloned()
        .unwrap_or_default();
    assert_eq!(memory["file"], "base/deployment.yaml", "{memory:#}");
}

#[test]
fn an_overlay_that_does_not_build_is_a_warning_and_its_files_are_scanned() {
    let repo = TempRepo::new();
    repo.write("base/deployment.yaml", DEPLOYMENT);
    repo.write(
        "app/kustomization.yaml",
        "resources:\n  - ../base/deployment.yaml\n  - https://example.com/remote.yaml\n",
    );
    let (_, report) = repo.check_json(&[]);
    let warnings: Vec<String> = report["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|w| w["code"] == "kustomize-not-built")
        .map(|w| format!("{} {}", w["file"], w["message"]))
        .collect();
    assert_eq!(warnings.len(), 1, "{report:#}");
    assert!(warnings[0].contains("app/kustomization.yaml") && warnings[0].contains("remote resource"), "{warnings:?}");
    assert!(report["findings"].as_array().into_iter().flatten().any(|f| f["file"] == "base/deployment.yaml" && f["resource"].as_str().is_some_and(|r| r.ends_with("/web"))));
}

/// The findings of a run, by rule, file and line.
fn findings_of(report: &Value) -> Vec<(String, String, u64)> {
    let mut found: Vec<(String, String, u64)> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| (text(&f["rule_id"]), text(&f["file"]), f["line"].as_u64().unwrap_or_default()))
        .collect();
    found.sort();
    found
}

#[test]
fn a_warm_run_reuses_the_built_overlay_until_a_file_it_read_changes() {
    let repo = TempRepo::new();
    overlay(&repo);
    let cache = tempfile::tempdir().expect("cache dir");
    let cache_dir = cache.path().to_string_lossy().into_owned();
    let check = || repo.check_json(&["--cache-dir", &cache_dir]);
    let (first, cold) = check();
    assert_eq!(first.code, 1, "{}", first.stderr);
    let stored = std::fs::read_dir(cache.path().join("extra")).map(|d| d.count()).unwrap_or(0);
    assert!(stored > 0, "the overlay's build is kept in the cache");
    let (_, warm) = check();
    assert_eq!(findings_of(&warm), findings_of(&cold));
    assert!(findings_of(&warm).iter().any(|(rule, file, _)| rule == "K8S001" && file == "prod/privileged.yaml"));
    // The patch no longer turns privileged mode on: the overlay is built again, the finding is gone.
    repo.write("prod/privileged.yaml", PATCH.replace("privileged: true", "privileged: false"));
    let (_, changed) = check();
    assert!(!findings_of(&changed).iter().any(|(rule, _, _)| rule == "K8S001"), "{:?}", findings_of(&changed));
    // A base file the overlay reads changes: the built object follows it.
    repo.write(
        "base/deployment.yaml",
        DEPLOYMENT.replace("      securityContext:\n", "      hostNetwork: true\n      securityContext:\n"),
    );
    let (_, base_changed) = check();
    assert!(findings_of(&base_changed).iter().any(|(rule, _, _)| rule == "K8S003"), "{:?}", findings_of(&base_changed));
}
