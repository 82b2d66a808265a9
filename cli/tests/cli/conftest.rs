//! `tollgate test`: Conftest policies unchanged, with Conftest's counts, messages and exit codes.

use std::io::Write;
use std::process::Stdio;

use crate::support::{TempRepo, tollgate};

const K8S_POLICY: &str = r#"package main

deny[msg] {
  input.kind == "Deployment"
  not input.spec.template.spec.securityContext.runAsNonRoot
  msg := sprintf("Containers must not run as root in Deployment %s", [input.metadata.name])
}

warn[msg] {
  input.kind == "Service"
  input.spec.type == "LoadBalancer"
  msg := "LoadBalancer services are public"
}

deny_latest[{"msg": msg, "severity": "high"}] {
  input.kind == "Deployment"
  endswith(input.spec.template.spec.containers[_].image, ":latest")
  msg := "latest tag"
}

exception[rules] {
  input.metadata.name == "legacy"
  rules := ["latest"]
}
"#;

const MANIFESTS: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: web, image: \"nginx:latest\"}]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: legacy}\nspec:\n  template:\n    spec:\n      securityContext: {runAsNonRoot: true}\n      containers: [{name: old, image: \"old:latest\"}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: lb}\nspec: {type: LoadBalancer}\n";

#[test]
fn multi_document_yaml_with_warnings_failures_and_exceptions() {
    let repo = TempRepo::new();
    repo.write("policy/k8s.rego", K8S_POLICY).write("manifests.yaml", MANIFESTS);
    let run = tollgate(repo.path(), &["test", "--rego-version", "v0", "manifests.yaml"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.contains("FAIL - manifests.yaml - main - Containers must not run as root in Deployment web"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("WARN - manifests.yaml - main - LoadBalancer services are public"), "{}", run.stdout);
    assert!(
        run.stdout.contains("EXCP - manifests.yaml - main - data.main.exception[_][_] == \"latest\""),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("9 tests, 5 passed, 1 warning, 2 failures, 1 exception"), "{}", run.stdout);
    let json = tollgate(repo.path(), &["test", "--rego-version", "v0", "manifests.yaml", "--output", "json"]).json();
    assert_eq!(json[0]["successes"], 5);
    assert_eq!(json[0]["failures"][1]["metadata"]["severity"], "high");
    let no_fail = tollgate(repo.path(), &["test", "--rego-version", "v0", "manifests.yaml", "--no-fail"]);
    assert_eq!(no_fail.code, 0);
}

#[test]
fn warnings_fail_only_with_fail_on_warn() {
    let repo = TempRepo::new();
    repo.write("policy/k8s.rego", K8S_POLICY).write("svc.json", "{\"apiVersion\": \"v1\", \"kind\": \"Service\", \"metadata\": {\"name\": \"lb\"}, \"spec\": {\"type\": \"LoadBalancer\"}}");
    let run = tollgate(repo.path(), &["test", "--rego-version", "v0", "svc.json"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("3 tests, 2 passed, 1 warning, 0 failures, 0 exceptions"), "{}", run.stdout);
    assert_eq!(tollgate(repo.path(), &["test", "--rego-version", "v0", "svc.json", "--fail-on-warn"]).code, 1);
}

#[test]
fn hcl2_dockerfile_namespaces_and_v1_rules() {
    let repo = TempRepo::new();
    repo.write(
        "policy/terraform.rego",
        "package terraform\n\nimport rego.v1\n\ndeny contains msg if {\n  some name, buckets in input.resource.aws_s3_bucket\n  some bucket in buckets\n  bucket.acl == \"public-read\"\n  msg := sprintf(\"bucket %s is public\", [name])\n}\n",
    )
    .write(
        "policy/docker.rego",
        "package docker\n\ndeny[msg] {\n  input[i].Cmd == \"from\"\n  endswith(input[i].Value[0], \":latest\")\n  msg := sprintf(\"%s uses a latest base image\", [input[i].Value[0]])\n}\n",
    )
    .write("main.tf", "resource \"aws_s3_bucket\" \"site\" {\n  acl = \"public-read\"\n}\n")
    .write("Dockerfile", "FROM node:latest\nRUN npm ci\n");
    let run = tollgate(
        repo.path(),
        &["test", "--rego-version", "v0", "main.tf", "Dockerfile", "--namespace", "terraform", "--namespace", "docker"],
    );
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("FAIL - main.tf - terraform - bucket site is public"), "{}", run.stdout);
    assert!(run.stdout.contains("FAIL - Dockerfile - docker - node:latest uses a latest base image"), "{}", run.stdout);
    assert!(run.stdout.contains("4 tests, 2 passed, 0 warnings, 2 failures, 0 exceptions"), "{}", run.stdout);
    let all = tollgate(repo.path(), &["test", "--rego-version", "v0", "main.tf", "--all-namespaces"]);
    assert!(all.stdout.contains("2 tests, 1 passed, 0 warnings, 1 failure, 0 exceptions"), "{}", all.stdout);
    let main_only = tollgate(repo.path(), &["test", "--rego-version", "v0", "main.tf"]);
    assert!(main_only.stdout.contains("0 tests, 0 passed"), "{}", main_only.stdout);
}

#[test]
fn combine_data_and_stdin() {
    let repo = TempRepo::new();
    repo.write(
        "policy/combine.rego",
        "package main\n\ndeny[msg] {\n  count(input) > data.limits.max_files\n  msg := sprintf(\"%d files, more than %d\", [count(input), data.limits.max_files])\n}\n",
    )
    .write("data/limits.yaml", "limits:\n  max_files: 1\n")
    .write("a.yaml", "a: 1\n")
    .write("b.yaml", "b: 2\n");
    let run =
        tollgate(repo.path(), &["test", "--rego-version", "v0", "a.yaml", "b.yaml", "--combine", "--data", "data"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("FAIL - Combined - main - 2 files, more than 1"), "{}", run.stdout);

    let home = tempfile::tempdir().expect("home");
    let mut child = crate::support::clean_command(env!("CARGO_BIN_EXE_tollgate"), home.path())
        .args([
            "test",
            "-",
            "--rego-version",
            "v0",
            "--parser",
            "json",
            "--policy",
            "policy/combine.rego",
            "--data",
            "data",
        ])
        .current_dir(repo.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all(b"[1, 2, 3]").expect("write");
    let output = child.wait_with_output().expect("wait");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("FAIL - - - main - 3 files, more than 1"), "{stdout}");
}

#[test]
fn bad_inputs_and_policies_are_located_errors() {
    let repo = TempRepo::new();
    repo.write("policy/k8s.rego", K8S_POLICY)
        .write("good.yaml", "kind: Service\nspec: {type: ClusterIP}\n")
        .write("bad.yaml", "a: [1,\n");
    let run = tollgate(repo.path(), &["test", "--rego-version", "v0", "good.yaml", "bad.yaml"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("bad.yaml:2:1:") || run.stderr.contains("bad.yaml:1:"), "{}", run.stderr);
    assert!(run.stdout.contains("3 tests, 3 passed"), "good.yaml is still tested: {}", run.stdout);
    repo.write("policy/broken.rego", "package main\n\ndeny[msg] {\n  msg := \n}\n");
    let broken = tollgate(repo.path(), &["test", "--rego-version", "v0", "good.yaml"]);
    assert_eq!(broken.code, 2);
    assert!(broken.stderr.contains("policy/broken.rego:"), "{}", broken.stderr);
}

#[test]
fn sarif_output_validates_and_keeps_levels() {
    let repo = TempRepo::new();
    repo.write("policy/k8s.rego", K8S_POLICY).write("manifests.yaml", MANIFESTS);
    let run = tollgate(repo.path(), &["test", "--rego-version", "v0", "manifests.yaml", "--output", "sarif"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let sarif = run.json();
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(crate::support::repo_root().join("cli/tests/schemas/sarif-schema-2.1.0.json"))
            .expect("schema"),
    )
    .expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let errors: Vec<String> = validator.iter_errors(&sarif).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let levels: Vec<(&str, &str)> = sarif["runs"][0]["results"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| (r["ruleId"].as_str().unwrap_or(""), r["level"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(
        levels,
        [("main/deny", "error"), ("main/deny", "error"), ("main/warn", "warning"), ("main/exception", "note")]
    );
    assert_eq!(sarif["runs"][0]["results"][1]["properties"]["metadata"]["severity"], "high");
}

#[test]
fn conftest_built_ins_parse_other_files() {
    let repo = TempRepo::new();
    repo.write(
        "policy/limits.rego",
        r#"package main

deny[msg] {
  limits := parse_config_file("limits.yaml")
  count(input.spec.containers) > limits.max_containers
  msg := sprintf("%d containers, more than %d", [count(input.spec.containers), limits.max_containers])
}

deny[msg] {
  inline := parse_config("toml", "[app]\nreplicas = 3\n")
  inline.app.replicas != 3
  msg := "toml parse"
}

deny[msg] {
  files := parse_combined_config_files(["limits.yaml", "pod.yaml"])
  count(files) != 2
  msg := "combined"
}
"#,
    )
    .write("limits.yaml", "max_containers: 1\n")
    .write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a}, {name: b}]\n");
    let run = tollgate(repo.path(), &["test", "--rego-version", "v0", "pod.yaml"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("FAIL - pod.yaml - main - 2 containers, more than 1"), "{}", run.stdout);
    assert!(run.stdout.contains("3 tests, 2 passed, 0 warnings, 1 failure, 0 exceptions"), "{}", run.stdout);
}
