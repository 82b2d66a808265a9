//! `tollgate verify`: the Rego unit tests of policy directories, with `conftest verify`'s output and exit
//! codes (1 when a test fails; 2 when a policy or test file does not compile).

use serde_json::json;
use tollgate_engine::evaluate::rego_tests::{TestFile, TestOutcome, verify_path};

use super::conftest_settings::namespace_selected;

use super::{EXIT_ERROR, Exit};
use crate::args::VerifyArgs;

/// The `--report` lines under one test.
fn details(report: Option<&str>, file: &str, outcome: &TestOutcome) -> Vec<String> {
    let show_source = match report {
        Some("full") => true,
        Some("fails") => !outcome.passed,
        _ => false,
    };
    let mut lines = Vec::new();
    if show_source {
        lines.push(format!("  at {file}:{}", outcome.line));
        lines.extend(outcome.source.lines().map(|l| format!("  | {l}")));
    }
    if report.is_some() && (show_source || report == Some("notes")) {
        lines.extend(outcome.notes.iter().map(|n| format!("  note: {n}")));
    }
    lines
}

/// The test files of the policy paths, with the namespaces `--namespace` selects.
fn test_files(args: &VerifyArgs) -> Result<(Vec<TestFile>, bool), String> {
    let (settings, options) = super::conftest::common(&args.common, false)?;
    let quiet = settings.flag(args.quiet, "quiet");
    let data_paths = settings.paths(&args.common.data, "data", "");
    let data_paths: Vec<_> = data_paths.into_iter().filter(|p| !p.as_os_str().is_empty()).collect();
    let data = super::conftest_inputs::data_documents(&data_paths)?;
    let namespaces = settings.strings(&args.namespace, "namespace");
    let mut files = Vec::new();
    for path in settings.paths(&args.common.policies, "policy", "policy") {
        files.extend(verify_path(&path, &data, options)?);
    }
    if !namespaces.is_empty() {
        files.retain(|f| namespace_selected(&f.package, &namespaces));
    }
    Ok((files, quiet))
}

pub fn run(args: &VerifyArgs) -> Exit {
    let (files, quiet) = match test_files(args) {
        Ok(found) => found,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_ERROR;
        }
    };
    let (mut passed, mut failed, mut skipped, mut broken) = (0, 0, 0, 0);
    let mut lines = Vec::new();
    let mut json_files = Vec::new();
    for file in &files {
        match &file.outcomes {
            Ok(outcomes) => {
                let mut failures = Vec::new();
                for outcome in outcomes {
                    if outcome.skipped {
                        skipped += 1;
                        lines.push(format!("SKIP - {} - {}", file.file, outcome.rule));
                        continue;
                    }
                    if outcome.passed {
                        passed += 1;
                        if !quiet {
                            lines.push(format!("PASS - {} - {}", file.file, outcome.rule));
                        }
                    } else {
                        failed += 1;
                        lines.push(format!("FAIL - {} - {}: {}", file.file, outcome.rule, outcome.detail));
                        let mut failure = json!({"msg": format!("{}: {}", outcome.rule, outcome.detail)});
                        if args.report.is_some() {
                            let notes = &outcome.notes;
                            failure["metadata"] =
                                json!({"line": outcome.line, "source": outcome.source, "notes": notes});
                        }
                        failures.push(failure);
                    }
                    lines.extend(details(args.report.as_deref(), &file.file, outcome));
                }
                let successes = outcomes.iter().filter(|o| o.passed && !o.skipped).count();
                let skips: Vec<_> = outcomes
                    .iter()
                    .filter(|o| o.skipped)
                    .map(|o| json!({"msg": format!("{}: skipped", o.rule)}))
                    .collect();
                json_files.push(json!({"filename": file.file, "namespace": file.package, "successes": successes, "failures": failures, "skipped": skips}));
            }
            Err(message) => {
                broken += 1;
                eprintln!("error: {message}");
            }
        }
    }
    let total = passed + failed + skipped;
    match args.output.as_str() {
        "json" => outln!("{}", serde_json::to_string_pretty(&json_files).unwrap_or_default()),
        _ => {
            for line in &lines {
                outln!("{line}");
            }
            outln!("\n{total} tests, {passed} passed, 0 warnings, {failed} failures, 0 exceptions, {skipped} skipped");
        }
    }
    if broken > 0 {
        EXIT_ERROR
    } else if failed > 0 {
        1
    } else {
        0
    }
}
