//! `tollgate verify`: Rego unit tests of a policy directory, counts, messages and exit codes.

use crate::support::{TempRepo, tollgate};

const POLICY: &str = "package main\n\ndeny[msg] {\n  input.kind == \"Pod\"\n  not input.spec.securityContext.runAsNonRoot\n  msg := \"pods must run as non-root\"\n}\n";

#[test]
fn passing_and_failing_tests_are_counted() {
    let repo = TempRepo::new();
    repo.write("policy/pods.rego", POLICY).write(
        "policy/pods_test.rego",
        "package main\n\ntest_root_pod_denied {\n  deny[\"pods must run as non-root\"] with input as {\"kind\": \"Pod\", \"spec\": {}}\n}\n\ntest_nonroot_pod_allowed {\n  count(deny) == 0 with input as {\"kind\": \"Pod\", \"spec\": {\"securityContext\": {\"runAsNonRoot\": true}}}\n}\n",
    );
    let run = tollgate(repo.path(), &["verify", "--rego-version", "v0"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("2 tests, 2 passed, 0 warnings, 0 failures, 0 exceptions, 0 skipped"),
        "{}",
        run.stdout
    );

    repo.write(
        "policy/more_test.rego",
        "package main\n\nimport rego.v1\n\ntest_service_denied if {\n  count(deny) == 1 with input as {\"kind\": \"Service\"}\n}\n",
    );
    let run = tollgate(repo.path(), &["verify", "--rego-version", "v0", "--policy", "policy"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("FAIL - policy/more_test.rego -  - data.main.test_service_denied"), "{}", run.stdout);
    assert!(run.stdout.contains("3 tests, 2 passed, 0 warnings, 1 failure, 0 exceptions, 0 skipped"), "{}", run.stdout);
    let json = tollgate(repo.path(), &["verify", "--rego-version", "v0", "--output", "json"]).json();
    let failed: Vec<&serde_json::Value> = json
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| !f["failures"].as_array().is_some_and(Vec::is_empty))
        .collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["filename"], "policy/more_test.rego");
}

#[test]
fn a_test_file_that_does_not_compile_is_an_error_with_its_location() {
    let repo = TempRepo::new();
    repo.write("policy/pods.rego", POLICY).write("policy/bad_test.rego", "package main\n\ntest_x {\n  deny[\n}\n");
    let run = tollgate(repo.path(), &["verify", "--rego-version", "v0"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("policy/bad_test.rego:"), "{}", run.stderr);
    let missing = tollgate(repo.path(), &["verify", "--rego-version", "v0", "--policy", "nope"]);
    assert_eq!(missing.code, 2);
}

#[test]
fn report_shows_failing_tests_source_and_notes_and_data_is_loaded() {
    let repo = TempRepo::new();
    repo.write(
        "policy/registry.rego",
        "package main\n\nimport rego.v1\n\ndeny contains msg if {\n  not startswith(input.image, data.allowed.registry)\n  msg := \"image from an unknown registry\"\n}\n",
    )
    .write(
        "policy/registry_test.rego",
        "package main\n\nimport rego.v1\n\ntest_known_registry_allowed if {\n  count(deny) == 0 with input as {\"image\": \"registry.acme.dev/web:1\"}\n}\n\ntest_wrongly_expects_denial if {\n  print(\"checking\", data.allowed.registry)\n  count(deny) == 1 with input as {\"image\": \"registry.acme.dev/web:1\"}\n}\n",
    )
    .write("data/allowed.yaml", "allowed:\n  registry: registry.acme.dev/\n");
    // `data/` is the data by default, as in Conftest; without it the registry is undefined, every
    // image is denied and the outcomes flip.
    let run = tollgate(repo.path(), &["verify", "--rego-version", "v0"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout.contains("FAIL - policy/registry_test.rego -  - data.main.test_wrongly_expects_denial"),
        "{}",
        run.stdout
    );
    let elsewhere = tollgate(repo.path(), &["verify", "--rego-version", "v0", "--data", "policy"]);
    assert!(
        elsewhere.stdout.contains("FAIL - policy/registry_test.rego -  - data.main.test_known_registry_allowed"),
        "{}",
        elsewhere.stdout
    );

    let run = tollgate(repo.path(), &["verify", "--rego-version", "v0", "--data", "data", "--report", "fails"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.starts_with("FAILURES\n"), "{}", run.stdout);
    assert!(
        run.stdout.contains("data.main.test_known_registry_allowed: PASS\ndata.main.test_wrongly_expects_denial: FAIL"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("  at policy/registry_test.rego:9\n  | test_wrongly_expects_denial if {\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("  Note \"checking registry.acme.dev/\""), "{}", run.stdout);
    assert!(run.stdout.ends_with("PASS: 1/2\nFAIL: 1/2\n"), "{}", run.stdout);

    let notes = tollgate(repo.path(), &["verify", "--rego-version", "v0", "-d", "data", "--report", "notes"]);
    assert!(!notes.stdout.contains("  | "), "{}", notes.stdout);
    assert!(notes.stdout.contains("checking registry.acme.dev/"), "{}", notes.stdout);
    // --report is stdout only, as in Conftest; json gives each failure's line.
    let refused = tollgate(repo.path(), &["verify", "--rego-version", "v0", "--report", "full", "-o", "json"]);
    assert_eq!(refused.code, 2);
    assert!(refused.stderr.contains("report flag is supported with stdout only"), "{}", refused.stderr);
    let json = tollgate(repo.path(), &["verify", "--rego-version", "v0", "-o", "json"]).json();
    let failed = json.as_array().expect("results").iter().find(|r| r["successes"] == 0).expect("a failure");
    assert_eq!(failed["failures"][0]["metadata"]["line"], 9, "{json:#}");
    let missing = tollgate(repo.path(), &["verify", "--rego-version", "v0", "-d", "nope"]);
    assert_eq!(missing.code, 2);
}

/// Tests are the compiled policy's `test_` rules, wherever they stand: an indented test runs (and can
/// fail), and `todo_test_` rules are counted as skipped, as `opa test` does.
#[test]
fn indented_tests_run_and_todo_tests_are_skipped() {
    let repo = TempRepo::new();
    repo.write("policy/pods.rego", POLICY).write(
        "policy/pods_test.rego",
        "package main\n\nimport rego.v1\n\ntest_root_pod_denied if {\n  deny[\"pods must run as non-root\"] with input as {\"kind\": \"Pod\", \"spec\": {}}\n}\n\n  test_indented_and_wrong if {\n    count(deny) == 5 with input as {\"kind\": \"Pod\", \"spec\": {}}\n  }\n\ntodo_test_later if {\n  false\n}\n",
    );
    let run = tollgate(repo.path(), &["verify", "--rego-version", "v0"]);
    assert_eq!(run.code, 1, "the indented test fails: {}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("FAIL - policy/pods_test.rego -  - data.main.test_indented_and_wrong"),
        "{}",
        run.stdout
    );
    let report = tollgate(repo.path(), &["verify", "--rego-version", "v0", "--report", "fails"]);
    assert!(report.stdout.contains("data.main.todo_test_later: SKIPPED\n"), "{}", report.stdout);
    assert!(report.stdout.ends_with("PASS: 1/3\nFAIL: 1/3\nSKIPPED: 1/3\n"), "{}", report.stdout);
    assert!(run.stdout.contains("3 tests, 1 passed, 0 warnings, 1 failure, 0 exceptions, 1 skipped"), "{}", run.stdout);
}
