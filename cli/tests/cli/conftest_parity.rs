//! Conftest parity on the fixtures of `testdata/conftest/`: Rego versions, namespaces and their globs,
//! `conftest.toml`, `verify --namespace`, `parse`, and Conftest's flags that tollgate refuses by name.

use std::path::PathBuf;

use crate::support::{repo_root, tollgate};

fn fixture(name: &str) -> PathBuf {
    repo_root().join("testdata/conftest").join(name)
}

#[test]
fn rego_v1_is_the_default_and_v0_needs_the_flag() {
    let v1 = tollgate(&fixture("v1"), &["test", "fail.yaml", "pass.yaml"]);
    assert_eq!(v1.code, 1, "{}{}", v1.stdout, v1.stderr);
    assert!(v1.stdout.contains("FAIL - fail.yaml - main - Deployment payments must set runAsNonRoot"), "{}", v1.stdout);
    assert!(v1.stdout.contains("WARN - fail.yaml - main - Service payments is a NodePort"), "{}", v1.stdout);
    // Two rules, three documents: six tests, four of them successes.
    assert!(v1.stdout.contains("6 tests, 4 passed, 1 warning, 1 failure, 0 exceptions"), "{}", v1.stdout);
    let pass = tollgate(&fixture("v1"), &["test", "pass.yaml"]);
    assert_eq!(pass.code, 0, "{}", pass.stdout);

    // A v0 policy under the default v1 does not parse: an error at its file, line and column.
    let v0 = tollgate(&fixture("v0"), &["test", "../v1/fail.yaml"]);
    assert_eq!(v0.code, 2, "{}{}", v0.stdout, v0.stderr);
    assert!(v0.stderr.contains("policy/deployment.rego:5:"), "{}", v0.stderr);
    assert!(v0.stderr.contains("`if` keyword is required before rule body"), "{}", v0.stderr);
    let v0 = tollgate(&fixture("v0"), &["test", "--rego-version", "v0", "../v1/fail.yaml"]);
    assert_eq!(v0.code, 1, "{}", v0.stderr);
    assert!(v0.stdout.contains("FAIL - ../v1/fail.yaml - main - Deployment payments must set runAsNonRoot"));
    // And the reverse: a v1 policy under --rego-version v0.
    let reverse = tollgate(&fixture("v1"), &["test", "--rego-version", "v0", "fail.yaml"]);
    assert_eq!(reverse.code, 2, "{}", reverse.stdout);
    assert!(reverse.stderr.contains("policy/deployment.rego:"), "{}", reverse.stderr);

    let contains = tollgate(&fixture("contains"), &["test", "../v1/fail.yaml"]);
    assert_eq!(contains.code, 2, "{}", contains.stdout);
    assert!(
        contains.stderr.contains("policy/deployment.rego:5:1: `contains` keyword is required for partial set rules"),
        "{}",
        contains.stderr
    );
}

#[test]
fn namespaces_literal_glob_and_all() {
    let dir = fixture("namespaces");
    let count = |args: &[&str], expected: &str| {
        let run = tollgate(&dir, &[&["test", "deployment.yaml"][..], args].concat());
        assert!(run.stdout.contains(expected), "{args:?}: {}{}", run.stdout, run.stderr);
        run
    };
    let main = count(&[], "1 test, 0 passed, 0 warnings, 1 failure, 0 exceptions");
    assert!(main.stdout.contains("FAIL - deployment.yaml - main - main: replicas must be set"));
    let glob = count(&["--namespace", "main.*"], "2 tests, 0 passed, 1 warning, 1 failure, 0 exceptions");
    assert!(glob.stdout.contains("WARN - deployment.yaml - main.images - main.images: pin the image by tag"));
    assert!(!glob.stdout.contains(" - main - "), "`main.*` is not `main`: {}", glob.stdout);
    count(&["-n", "*"], "4 tests, 0 passed, 1 warning, 3 failures, 0 exceptions");
    count(&["--all-namespaces"], "4 tests, 0 passed, 1 warning, 3 failures, 0 exceptions");
    count(&["-n", "audit", "-n", "main"], "2 tests, 0 passed, 0 warnings, 2 failures, 0 exceptions");
    // Empty arguments are ignored, as Conftest ignores them; --quiet prints nothing when all pass.
    let quiet = tollgate(&dir, &["test", "", "deployment.yaml", "-n", "nothing-here", "--quiet"]);
    assert_eq!((quiet.code, quiet.stdout.as_str()), (0, ""), "{}", quiet.stderr);
}

#[test]
fn conftest_toml_is_read_and_flags_override_it() {
    let dir = fixture("config");
    let run = tollgate(&dir, &["test", "fail.yaml", "pass.yaml"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("FAIL - fail.yaml - kubernetes - Deployment checkout runs 1 replica; run at least 2"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("2 tests, 1 passed, 0 warnings, 1 failure, 0 exceptions"), "{}", run.stdout);
    // A flag wins over the file: namespace `main` has no rules here.
    let flag = tollgate(&dir, &["test", "fail.yaml", "--namespace", "main"]);
    assert_eq!(flag.code, 0, "{}{}", flag.stdout, flag.stderr);
    // --config-file names another file; a key tollgate does not support yet is refused by name.
    let scratch = tempfile::tempdir().expect("scratch");
    let trace = scratch.path().join("trace.toml");
    std::fs::write(&trace, "trace = true\n").expect("write");
    let refused = tollgate(&dir, &["test", "fail.yaml", "--config-file", &trace.display().to_string()]);
    assert_eq!(refused.code, 2);
    assert!(refused.stderr.contains("`trace` is not supported yet"), "{}", refused.stderr);
}

#[test]
fn flags_and_parsers_not_supported_yet_are_refused_by_name() {
    let dir = fixture("v1");
    for (flag, name) in [
        (&["--trace"][..], "--trace"),
        (&["--capabilities", "caps.json"], "--capabilities"),
        (&["--update", "https://example.invalid/policy"], "--update"),
    ] {
        let run = tollgate(&dir, &[&["test", "pass.yaml"][..], flag].concat());
        assert_eq!(run.code, 2, "{flag:?}");
        assert!(run.stderr.contains(&format!("{name} is not supported yet")), "{}", run.stderr);
    }
    let cue = tollgate(&dir, &["test", "pass.yaml", "--parser", "cue"]);
    assert_eq!(cue.code, 2);
    assert!(cue.stderr.contains("parser `cue` is not supported yet"), "{}", cue.stderr);
    let unknown = tollgate(&dir, &["test", "pass.yaml", "--parser", "yml2"]);
    assert!(unknown.stderr.contains("unknown parser `yml2`"), "{}", unknown.stderr);
}

#[test]
fn verify_selects_namespaces_and_counts_as_conftest() {
    let dir = fixture("verify");
    let all = tollgate(&dir, &["verify"]);
    assert_eq!(all.code, 1, "{}{}", all.stdout, all.stderr);
    assert!(
        all.stdout.contains("FAIL - policy/service_test.rego -  - data.services.test_cluster_ip_is_denied"),
        "{}",
        all.stdout
    );
    assert!(all.stdout.contains("4 tests, 3 passed, 0 warnings, 1 failure, 0 exceptions, 0 skipped"), "{}", all.stdout);
    let report = tollgate(&dir, &["verify", "--report", "fails"]);
    insta::assert_snapshot!("verify_report_fails", report.stdout);
    let main = tollgate(&dir, &["verify", "--namespace", "main"]);
    assert_eq!(main.code, 0, "{}", main.stdout);
    assert!(main.stdout.contains("2 tests, 2 passed"), "{}", main.stdout);
    let quiet = tollgate(&dir, &["verify", "-n", "main", "--quiet"]);
    assert_eq!((quiet.code, quiet.stdout.as_str()), (0, ""), "--quiet prints nothing when all pass");
    let v0 = tollgate(&dir, &["verify", "--rego-version", "v0"]);
    assert_eq!(v0.code, 2, "v1 tests do not parse as v0: {}", v0.stdout);
}

#[test]
fn parse_prints_what_policies_receive() {
    let dir = fixture("parse");
    let one = tollgate(&dir, &["parse", "deployment.yaml"]);
    assert_eq!(one.code, 0, "{}", one.stderr);
    insta::assert_snapshot!("parse_one_file", one.stdout);
    let several = tollgate(&dir, &["parse", "."]);
    assert_eq!(several.code, 0, "{}", several.stderr);
    insta::assert_snapshot!("parse_by_path", several.stdout);
    let combined = tollgate(&dir, &["parse", "deployment.yaml", "settings.toml", "--combine"]);
    let value: serde_json::Value = serde_json::from_str(&combined.stdout).expect("JSON");
    assert_eq!(value[1]["path"], "settings.toml");
    assert_eq!(value[1]["contents"]["server"]["port"], 8080);
    let stdin_parser = tollgate(&dir, &["parse", "app.ini", "--parser", "ini"]);
    let value: serde_json::Value = serde_json::from_str(&stdin_parser.stdout).expect("JSON");
    assert_eq!(value["database"]["readonly"], true);
}

#[test]
fn combine_reorders_v0_statements_and_takes_every_parser() {
    let dir = fixture("combine");
    let run = tollgate(&dir, &["test", "--combine", "--rego-version", "v0", "."]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("FAIL - Combined - main - Deployment worker has no Service selecting app worker\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("1 test, 0 passed, 0 warnings, 1 failure, 0 exceptions"), "{}", run.stdout);
    // Every parser's documents combine: one `{path, contents}` per file of `parse/`.
    let parse = tollgate(&fixture("parse"), &["parse", "--combine", "."]);
    let combined: serde_json::Value = serde_json::from_str(&parse.stdout).expect("JSON");
    let paths: Vec<&str> = combined.as_array().expect("array").iter().filter_map(|e| e["path"].as_str()).collect();
    assert_eq!(
        paths,
        ["app.ini", "app.properties", "deployment.yaml", "main.tf", "pom.xml", "settings.toml", "tsconfig.jsonc"]
    );
}

#[test]
fn strict_mode_rejects_what_opa_strict_rejects() {
    let dir = fixture("strict");
    let lenient = tollgate(&dir, &["test", "../v1/pass.yaml"]);
    assert_eq!(lenient.code, 0, "{}{}", lenient.stdout, lenient.stderr);
    let strict = tollgate(&dir, &["test", "--strict", "../v1/pass.yaml"]);
    assert_eq!(strict.code, 2, "{}", strict.stdout);
    for expected in [
        "policy/deployment.rego:3:1: rego_compile_error: import data.lib.registries unused",
        "policy/deployment.rego:10:2: rego_compile_error: assigned var replicas unused",
        "policy/deployment.rego:15:1: rego_compile_error: unused argument registry. (hint: use _ (wildcard variable) instead)",
    ] {
        assert!(strict.stderr.contains(expected), "{expected}: {}", strict.stderr);
    }
    // The v1 fixture is clean under strict mode.
    let clean = tollgate(&fixture("v1"), &["test", "--strict", "pass.yaml"]);
    assert_eq!(clean.code, 0, "{}", clean.stderr);
}

#[test]
fn a_result_location_is_where_outputs_point_and_builtin_errors_show_on_request() {
    let dir = fixture("results");
    let github = tollgate(&dir, &["test", "service.yaml", "--output", "github"]);
    assert_eq!(github.code, 1, "{}{}", github.stdout, github.stderr);
    assert!(
        github.stdout.starts_with("::group::Testing \"service.yaml\" against 1 policies in namespace \"main\"\n"),
        "{}",
        github.stdout
    );
    assert!(
        github.stdout.contains("::error file=service.yaml,line=8::Service payments is a NodePort\n"),
        "{}",
        github.stdout
    );
    let sarif = tollgate(&dir, &["test", "service.yaml", "--output", "sarif"]).json();
    let region = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 8, "{sarif:#}");

    let quiet = tollgate(&dir, &["test", "service.yaml", "-n", "builtins"]);
    assert_eq!(quiet.code, 0, "an invalid pattern is undefined by default: {}{}", quiet.stdout, quiet.stderr);
    let shown = tollgate(&dir, &["test", "service.yaml", "-n", "builtins", "--show-builtin-errors"]);
    assert_eq!(shown.code, 2, "{}{}", shown.stdout, shown.stderr);
    assert!(shown.stderr.contains("invalid regex"), "{}", shown.stderr);
}
