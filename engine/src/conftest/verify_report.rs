//! `verify`'s results: one Conftest result per test (as `conftest verify` reports them), and the
//! `--report fails|full|notes` page in the layout of `opa test`'s verbose reporter (a FAILURES section,
//! a SUMMARY by file, then `PASS: n/m`, `FAIL: n/m`, `SKIPPED: n/m`). tollgate has no OPA trace to print:
//! under a test it prints where the test is, its source (`fails`, `full`) and what it printed as
//! `Note "..."` lines, and it leaves out durations so the page is the same from run to run.

use std::fmt::Write;

use super::run::{CheckResult, Outcome};
use crate::evaluate::rego_tests::{TestFile, TestOutcome};

const RULE: &str = "--------------------------------------------------------------------------------";

fn outcome(msg: String) -> Outcome {
    Outcome { rule: String::new(), msg, metadata: None }
}

/// One result per test, as `conftest verify` builds them: the test file, no namespace, and the
/// test's `data.<package>.<name>` as the message of a failure or a skip.
pub fn results(files: &[TestFile]) -> Vec<CheckResult> {
    let mut results = Vec::new();
    for file in files {
        for test in file.outcomes.iter().flatten() {
            let mut result = CheckResult::empty(&file.file, "");
            if test.skipped {
                result.skipped.push(outcome(test.rule.clone()));
            } else if test.passed {
                result.successes = 1;
            } else {
                let mut failure = outcome(test.rule.clone());
                failure.metadata = Some(serde_json::json!({"line": test.line, "reason": test.detail}));
                result.failures.push(failure);
            }
            results.push(result);
        }
    }
    results
}

fn status(test: &TestOutcome) -> &'static str {
    if test.skipped {
        "SKIPPED"
    } else if test.passed {
        "PASS"
    } else {
        "FAIL"
    }
}

/// The lines under a test for `mode`: its place, source and reason (failures; every test with
/// `full`), and its notes (`notes`, `full`, and failures with `fails`).
fn details(out: &mut String, file: &str, test: &TestOutcome, mode: &str) {
    let failed = !test.passed && !test.skipped;
    let show_source = mode == "full" || (mode == "fails" && failed);
    if show_source {
        let _ = writeln!(out, "  at {file}:{}", test.line);
        for line in test.source.lines() {
            let _ = writeln!(out, "  | {line}");
        }
        if failed {
            let _ = writeln!(out, "  {}", test.detail);
        }
    }
    if show_source || mode == "notes" {
        for note in &test.notes {
            // regorus prefixes what `print` wrote with `file:line: `; OPA prints the text alone.
            let text = note.strip_prefix(file).and_then(|rest| rest.split_once(": ")).map_or(note.as_str(), |(_, t)| t);
            let _ = writeln!(out, "  Note {text:?}");
        }
    }
}

/// The `--report` page.
pub fn report(files: &[TestFile], mode: &str) -> String {
    let mut out = String::new();
    let tests: Vec<(&str, &TestOutcome)> =
        files.iter().flat_map(|f| f.outcomes.iter().flatten().map(move |t| (f.file.as_str(), t))).collect();
    let failed: Vec<&(&str, &TestOutcome)> = tests.iter().filter(|(_, t)| !t.passed && !t.skipped).collect();
    if !failed.is_empty() {
        let _ = writeln!(out, "FAILURES\n{RULE}");
        for (file, test) in &failed {
            let _ = writeln!(out, "{}: FAIL\n", test.rule);
            details(&mut out, file, test, mode);
            out.push('\n');
        }
    }
    let _ = writeln!(out, "SUMMARY\n{RULE}");
    for file in files {
        let Ok(outcomes) = &file.outcomes else { continue };
        let _ = writeln!(out, "{}:", file.file);
        for test in outcomes {
            let _ = writeln!(out, "{}: {}", test.rule, status(test));
            if mode != "fails" {
                details(&mut out, &file.file, test, mode);
            }
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{RULE}");
    let total = tests.len();
    for label in ["PASS", "FAIL", "SKIPPED"] {
        let count = tests.iter().filter(|(_, t)| status(t) == label).count();
        if count > 0 {
            let _ = writeln!(out, "{label}: {count}/{total}");
        }
    }
    out
}
