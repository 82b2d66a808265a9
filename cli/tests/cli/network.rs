//! No surprise network: `check`, `test`, `verify` and `inspect` never create an internet socket. Proved
//! with `strace` (every `socket` and `connect` call of the process and its threads is recorded); where
//! `strace` cannot run, the test says so and checks nothing.

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
    if !strace_works() {
        println!("note: strace is not available here; the no-network check was not run");
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
    let runs: [&[&str]; 6] = [
        &["check", &testdata, "--no-cache", "--format", "json"],
        &["inspect", &testdata],
        &["test", "pod.yaml"],
        &["verify"],
        &["cost", &cost, "--format", "json"],
        &["check", &testdata, "--no-cache", "--explain", "--format", "json"],
    ];
    for args in runs {
        let trace = repo.path().join("trace.txt");
        let output = Command::new("strace")
            .args(["-f", "-e", "trace=socket,connect", "-o"])
            .arg(&trace)
            .arg(env!("CARGO_BIN_EXE_tollgate"))
            .args(args)
            .current_dir(repo.path())
            .env("HTTPS_PROXY", "http://192.0.2.1:9")
            .output()
            .expect("strace runs");
        assert!(output.status.code().is_some_and(|c| c <= 2), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        let calls = std::fs::read_to_string(&trace).expect("trace");
        let network: Vec<&str> = calls.lines().filter(|l| l.contains("AF_INET") || l.contains("connect(")).collect();
        assert!(network.is_empty(), "{args:?} used the network:\n{}", network.join("\n"));
    }
}
