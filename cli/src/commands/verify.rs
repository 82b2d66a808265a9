//! `tollgate verify`: the Rego unit tests of policy directories, as `conftest verify` runs and reports
//! them (one result per test, every Conftest output, `--report` in `opa test`'s layout, `data/` as the
//! default data directory, `--quiet` silent when all pass); exit 1 when a test fails, 2 when a policy
//! or test file does not compile.

use std::path::{Path, PathBuf};

use tollgate_engine::conftest::output::{OUTPUTS, render, totals};
use tollgate_engine::conftest::verify_report::{report, results};
use tollgate_engine::evaluate::rego_tests::{TestFile, verify_path};

use super::conftest_settings::namespace_selected;
use super::{EXIT_ERROR, Exit};
use crate::args::VerifyArgs;

/// What `verify` prints and how.
struct Shown {
    output: String,
    report: Option<String>,
    quiet: bool,
    hide_message: bool,
}

/// The test files of the policy paths (only the packages `--namespace` selects), and how to show them.
fn test_files(args: &VerifyArgs) -> Result<(Vec<TestFile>, Shown), String> {
    let (settings, options) = super::conftest::common(&args.common, false)?;
    let output = args.output.clone().or_else(|| settings.text("output")).unwrap_or_else(|| "stdout".into());
    if !OUTPUTS.contains(&output.as_str()) {
        return Err(format!("unknown output `{output}` (expected one of {})", OUTPUTS.join(", ")));
    }
    let report = args.report.clone().or_else(|| settings.text("report"));
    if report.is_some() && output != "stdout" {
        return Err("report flag is supported with stdout only".into());
    }
    let shown = Shown {
        output,
        report,
        quiet: settings.flag(args.quiet, "quiet"),
        hide_message: settings.flag(args.junit_hide_message, "junit-hide-message"),
    };
    // As Conftest: without --data, a `data` directory in the working directory is the data.
    let mut data_paths = settings.paths(&args.common.data, "data");
    if data_paths.is_empty() && Path::new("data").is_dir() {
        data_paths.push(PathBuf::from("data"));
    }
    let data = super::conftest_inputs::data_documents(&data_paths)?;
    let namespaces = settings.strings(&args.namespace, "namespace");
    let mut files = Vec::new();
    for path in settings.policies(&args.common.policies) {
        files.extend(verify_path(&path, &data, options)?);
    }
    if !namespaces.is_empty() {
        files.retain(|f| namespace_selected(&f.package, &namespaces));
    }
    Ok((files, shown))
}

pub fn run(args: &VerifyArgs) -> Exit {
    let (files, shown) = match test_files(args) {
        Ok(found) => found,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_ERROR;
        }
    };
    let mut broken = false;
    for file in &files {
        if let Err(message) = &file.outcomes {
            broken = true;
            eprintln!("error: {message}");
        }
    }
    let results = results(&files);
    let (_, _, _, failures, _) = totals(&results);
    let code = if broken {
        EXIT_ERROR
    } else if failures > 0 {
        1
    } else {
        0
    };
    if !shown.quiet || code != 0 {
        match shown.report.as_deref() {
            Some(mode) => out!("{}", report(&files, mode)),
            None => out!("{}", render(&shown.output, &results, shown.hide_message, true)),
        }
    }
    code
}
