//! Conftest's output formats for `tollgate test`: stdout, json, tap, table, junit, github.

use std::fmt::Write;

use quick_xml::escape::escape;

use super::run::CheckResult;

pub const OUTPUTS: [&str; 7] = ["stdout", "json", "tap", "table", "junit", "github", "sarif"];

/// Totals over all results: tests, passed, warnings, failures, exceptions.
pub fn totals(results: &[CheckResult]) -> (usize, usize, usize, usize, usize) {
    let passed: usize = results.iter().map(|r| r.successes).sum();
    let warnings: usize = results.iter().map(|r| r.warnings.len()).sum();
    let failures: usize = results.iter().map(|r| r.failures.len()).sum();
    let exceptions: usize = results.iter().map(|r| r.exceptions.len()).sum();
    let skipped: usize = results.iter().map(|r| r.skipped.len()).sum();
    (passed + warnings + failures + exceptions + skipped, passed, warnings, failures, exceptions)
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") }
}

/// The summary line: `5 tests, 3 passed, 1 warning, 1 failure, 0 exceptions`.
pub fn summary(results: &[CheckResult]) -> String {
    let (tests, passed, warnings, failures, exceptions) = totals(results);
    format!(
        "{}, {passed} passed, {}, {}, {}",
        plural(tests, "test"),
        plural(warnings, "warning"),
        plural(failures, "failure"),
        plural(exceptions, "exception")
    )
}

/// The results in `format`; `hide_message` leaves messages out of JUnit test names; `show_skipped`
/// adds the skipped count to the standard summary (`verify`'s).
pub fn render(format: &str, results: &[CheckResult], hide_message: bool, show_skipped: bool) -> String {
    let mut out = String::new();
    match format {
        "json" => out = serde_json::to_string_pretty(results).unwrap_or_default() + "\n",
        "sarif" => out = super::sarif::render(results),
        "tap" => {
            let (tests, ..) = totals(results);
            let _ = writeln!(out, "1..{tests}");
            let mut n = 0;
            for r in results {
                for (kind, list) in
                    [("not ok", &r.failures), ("# warn: not ok", &r.warnings), ("# exception: ok", &r.exceptions)]
                {
                    for o in list {
                        n += 1;
                        let _ = writeln!(out, "{kind} {n} - {} - {}", r.filename, o.msg);
                    }
                }
                for _ in 0..r.successes {
                    n += 1;
                    let _ = writeln!(out, "ok {n} - {} - {}", r.filename, r.namespace);
                }
            }
        }
        "table" => {
            let _ = writeln!(out, "| RESULT    | FILE | NAMESPACE | MESSAGE |");
            let _ = writeln!(out, "|-----------|------|-----------|---------|");
            for r in results {
                for (kind, list) in [("failure", &r.failures), ("warning", &r.warnings), ("exception", &r.exceptions)] {
                    for o in list {
                        let _ = writeln!(out, "| {kind:<9} | {} | {} | {} |", r.filename, r.namespace, o.msg);
                    }
                }
                for _ in 0..r.successes {
                    let _ = writeln!(out, "| success   | {} | {} | SUCCESS |", r.filename, r.namespace);
                }
            }
        }
        "junit" => {
            let (tests, _, _, failures, _) = totals(results);
            let _ = writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>");
            let _ = writeln!(out, "  <testsuite name=\"conftest\" tests=\"{tests}\" failures=\"{failures}\">");
            for r in results {
                let file = escape(r.filename.as_str()).into_owned();
                for o in r.failures.iter().chain(&r.warnings) {
                    let msg = escape(o.msg.as_str()).into_owned();
                    let name = if hide_message { file.clone() } else { format!("{file} - {msg}") };
                    let _ = writeln!(
                        out,
                        "    <testcase classname=\"conftest.{}\" name=\"{name}\"><failure message=\"{msg}\"></failure></testcase>",
                        r.namespace
                    );
                }
                for _ in 0..r.successes {
                    let _ = writeln!(
                        out,
                        "    <testcase classname=\"conftest.{}\" name=\"{file}\"></testcase>",
                        r.namespace
                    );
                }
            }
            let _ = writeln!(out, "  </testsuite>\n</testsuites>");
        }
        "github" => {
            for r in results {
                let total = r.successes + r.warnings.len() + r.failures.len() + r.exceptions.len() + r.skipped.len();
                let _ = writeln!(
                    out,
                    "::group::Testing \"{}\" against {total} policies in namespace \"{}\"",
                    r.filename, r.namespace
                );
                for (level, list) in [("error", &r.failures), ("warning", &r.warnings), ("notice", &r.exceptions)] {
                    for o in list {
                        let (file, line) = o.location(&r.filename);
                        let _ = writeln!(out, "::{level} file={file},line={line}::{}", o.msg.replace('\n', "%0A"));
                    }
                }
                let _ = writeln!(
                    out,
                    "::notice file={},line=1::Number of successful checks: {}\n::endgroup::",
                    r.filename, r.successes
                );
            }
            let _ = writeln!(out, "{}", summary(results));
        }
        _ => {
            for r in results {
                let namespace = if r.namespace == "-" { "-".to_owned() } else { format!("- {} -", r.namespace) };
                let total = r.successes + r.warnings.len() + r.failures.len() + r.exceptions.len() + r.skipped.len();
                if total == 0 {
                    let _ = writeln!(out, "? - {} {namespace} no policies found", r.filename);
                    continue;
                }
                for o in &r.warnings {
                    let _ = writeln!(out, "WARN - {} {namespace} {}", r.filename, o.msg);
                }
                for o in &r.failures {
                    let _ = writeln!(out, "FAIL - {} {namespace} {}", r.filename, o.msg);
                }
                for o in &r.exceptions {
                    let _ = writeln!(out, "EXCP - {} {namespace} {}", r.filename, o.msg);
                }
            }
            let skipped: usize = results.iter().map(|r| r.skipped.len()).sum();
            let shown = if show_skipped { format!(", {skipped} skipped") } else { String::new() };
            let _ = writeln!(out, "\n{}{shown}", summary(results));
        }
    }
    out
}
