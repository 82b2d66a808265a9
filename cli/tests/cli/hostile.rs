//! Hostile inputs a pull request can carry, each bounded in time and memory and reported, while the
//! rest of the repository is still checked: a 200 MB file, 10,000-level nesting, a symlink loop,
//! symlinks that lead out of the repository (never followed), and a Rego rule that would run for ages.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::TempRepo;

const PUBLIC_BUCKET: &str =
    "resource \"aws_s3_bucket\" \"site\" {\n  bucket = \"acme-site\"\n  acl    = \"public-read\"\n}\n";

/// The report, exit code, wall time and peak memory of a run under GNU time.
fn measured(dir: &Path, args: &[&str]) -> (Value, i32, Duration, Option<u64>) {
    let (run, elapsed, peak) = crate::support::measured(dir, args);
    let report: Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", run.stdout, run.stderr));
    (report, run.code, elapsed, peak)
}

fn bounded(elapsed: Duration, peak_mb: Option<u64>) {
    crate::support::within_bounds(elapsed, peak_mb);
}

fn error_messages(report: &Value) -> Vec<String> {
    let errors = report["errors"].as_array().into_iter().flatten();
    errors.map(|e| format!("{} {}: {}", e["file"].as_str().unwrap_or(""), e["kind"], e["message"])).collect()
}

#[cfg(unix)]
#[test]
fn huge_deep_and_looping_inputs_are_bounded_and_nothing_outside_is_read() {
    let outside = tempfile::tempdir().expect("outside dir");
    std::fs::write(outside.path().join("secret.tf"), PUBLIC_BUCKET.replace("site", "exfil-7f3a")).unwrap();
    let repo = TempRepo::new();
    repo.write("good.tf", PUBLIC_BUCKET).write("deep.yaml", format!("{}{}\n", "[".repeat(10_000), "]".repeat(10_000)));
    // A 200 MB file (sparse: it takes no disk), far over the 10 MB default.
    std::fs::File::create(repo.path().join("huge.yaml")).unwrap().set_len(200 << 20).unwrap();
    std::fs::create_dir_all(repo.path().join("loop")).unwrap();
    std::os::unix::fs::symlink("..", repo.path().join("loop/parent")).unwrap();
    std::os::unix::fs::symlink(outside.path(), repo.path().join("escape")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.tf"), repo.path().join("linked.tf")).unwrap();

    let (report, code, elapsed, peak) = measured(repo.path(), &["check", ".", "--format", "json"]);
    bounded(elapsed, peak);
    assert_eq!(code, 2, "{report:#}");
    let errors = error_messages(&report);
    assert!(errors.iter().any(|e| e.starts_with("huge.yaml \"limit\"")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.starts_with("deep.yaml")), "{errors:#?}");
    let files: Vec<&str> =
        report["findings"].as_array().into_iter().flatten().filter_map(|f| f["file"].as_str()).collect();
    assert!(files.contains(&"good.tf"), "the rest is checked: {files:?}");
    assert!(files.iter().all(|f| !f.contains("escape") && !f.contains("linked") && !f.contains("loop")), "{files:?}");
    let text = report.to_string();
    assert!(!text.contains("exfil-7f3a"), "nothing outside the repository is read");
    assert!(!text.contains(&outside.path().display().to_string()), "nor named");
}

#[test]
fn a_rule_that_runs_for_ages_is_stopped_and_the_others_still_run() {
    let repo = TempRepo::new();
    repo.write("main.tf", PUBLIC_BUCKET).write(
        "policy/slow.rego",
        "package slow\n\nimport rego.v1\n\ndeny contains \"never\" if {\n\tinput.type == \"aws_s3_bucket\"\n\tsome a in numbers.range(1, 100000)\n\tsome b in numbers.range(1, 100000)\n\ta * b == -1\n}\n",
    );
    let (report, code, elapsed, peak) =
        measured(repo.path(), &["check", ".", "--policy", "policy", "--format", "json"]);
    bounded(elapsed, peak);
    assert_eq!(code, 2, "{report:#}");
    // The rule was stopped by the time limit, not rejected at compile time.
    let stopped: Vec<&Value> = report["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["kind"] == "rule" && e["rule_id"] == "slow")
        .collect();
    assert_eq!(stopped.len(), 1, "{report:#}");
    let message = stopped[0]["message"].as_str().unwrap_or("");
    assert!(message.contains("at run time") && message.contains("exceeded time limit"), "{message}");
    let rules: Vec<&str> =
        report["findings"].as_array().into_iter().flatten().filter_map(|f| f["rule_id"].as_str()).collect();
    assert!(rules.contains(&"AWS001"), "{rules:?}");
}

/// Conftest mode: a policy that loops over a long list is evaluated in full (it needs far more than the
/// compiled VM's default 25,000 instructions), and one that would run for ages is stopped by the time limit.
#[test]
fn conftest_policies_are_bounded_by_time_not_by_instruction_count() {
    let repo = TempRepo::new();
    repo.write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n").write(
        "policy/heavy.rego",
        "package main\n\nimport rego.v1\n\ndeny contains \"many evens\" if {\n\tinput.kind == \"Pod\"\n\tcount([x | some x in numbers.range(1, 20000); x % 2 == 0]) == 10000\n}\n",
    );
    let run = crate::support::tollgate(repo.path(), &["test", "pod.yaml"]);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("many evens"), "{}", run.stdout);

    repo.write(
        "policy/heavy.rego",
        "package main\n\nimport rego.v1\n\ndeny contains \"never\" if {\n\tinput.kind == \"Pod\"\n\tsome a in numbers.range(1, 100000)\n\tsome b in numbers.range(1, 100000)\n\ta * b == -1\n}\n",
    );
    let started = Instant::now();
    let run = crate::support::tollgate(repo.path(), &["test", "pod.yaml"]);
    assert!(started.elapsed() < Duration::from_secs(10), "took {:?}", started.elapsed());
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("time limit"), "{}", run.stderr);
}
