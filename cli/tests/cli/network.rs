//! No surprise network: `check`, `test`, `verify` and `inspect` never create an internet socket. Proved
//! with `strace` (every `socket` and `connect` call of the process and its threads is recorded); where
//! `strace` cannot run, the test fails in CI (where `.ci/run` installs it) and says what it did not
//! check elsewhere.

use std::process::Command;

use crate::support::{TempRepo, repo_root};

fn strace_works() -> bool {
    Command::new("strace")
        .args(["-f", "-e", "trace=socket", "-o", "/dev/null", "true"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn offline_commands_open_no_internet_socket() {
    if !crate::support::tool_available("strace", strace_works()) {
        return;
    }
    let repo = TempRepo::new();
    repo.write("policy/p.rego", "package main\n\ndeny[msg] {\n  input.kind == \"Pod\"\n  msg := \"pod\"\n}\n")
        .write(
            "policy/p_test.rego",
            "package main\n\ntest_pod {\n  deny[\"pod\"] with input as {\"kind\": \"Pod\"}\n}\n",
        )
        .write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n");
    let testdata = repo_root().join("testdata");
    let testdata = testdata.to_string_lossy();
    let cost = repo_root().join("testdata/cost/gcp");
    let cost = cost.to_string_lossy();
    // Each with the exit code it gives offline: a run that failed early would prove nothing.
    let runs: [(&[&str], i32); 7] = [
        (&["check", &testdata, "--no-cache", "--format", "json"], 1),
        (&["inspect", &testdata], 0),
        (&["ask", "--rego", "r.type == \"aws_s3_bucket\"", &testdata], 0),
        (&["test", "--rego-version", "v0", "pod.yaml"], 1),
        (&["verify", "--rego-version", "v0"], 0),
        (&["cost", &cost, "--format", "json"], 0),
        (&["check", &testdata, "--no-cache", "--explain", "--format", "json"], 1),
    ];
    for (args, code) in runs {
        let trace = repo.path().join("trace.txt");
        let home = tempfile::tempdir().expect("home");
        let output = crate::support::clean_command("strace", home.path())
            .args(["-f", "-e", "trace=socket,connect", "-o"])
            .arg(&trace)
            .arg(env!("CARGO_BIN_EXE_tollgate"))
            .args(args)
            .current_dir(repo.path())
            .env("HTTPS_PROXY", "http://192.0.2.1:9")
            .output()
            .expect("strace runs");
        assert_eq!(output.status.code(), Some(code), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        let calls = std::fs::read_to_string(&trace).expect("trace");
        let network: Vec<&str> = calls.lines().filter(|l| l.contains("AF_INET") || l.contains("connect(")).collect();
        assert!(network.is_empty(), "{args:?} used the network:\n{}", network.join("\n"));
    }
}
