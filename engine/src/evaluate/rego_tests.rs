//! A runner for Rego unit tests (`test_*` rules in `*_test.rego`), as `opa test` runs them.

use std::path::Path;

use super::registry::{is_policy_file, package_of};
use super::rule::{is_legacy, located, new_engine};

/// One test and its outcome.
#[derive(Debug, Clone)]
pub struct TestOutcome {
    pub name: String,
    /// The rule's full path, `data.<package>.<name>`.
    pub rule: String,
    pub passed: bool,
    /// Why it failed: `false`/undefined, or the evaluation error.
    pub detail: String,
}

/// Runs every `test_*` rule of `tests` (name, source) against the given modules (name, source).
pub fn run_tests(modules: &[(String, String)], tests: &(String, String)) -> Result<Vec<TestOutcome>, String> {
    let mut engine = new_engine(modules.iter().chain(std::iter::once(tests)).any(|(_, source)| is_legacy(source)));
    for (name, source) in modules.iter().chain(std::iter::once(tests)) {
        engine.add_policy(name.clone(), source.clone()).map_err(|e| {
            let err = located(name, &e);
            format!("{}:{}:{}: {}", err.file, err.line, err.column, err.message)
        })?;
    }
    let package =
        Some(package_of(&tests.1)).filter(|p| !p.is_empty()).ok_or_else(|| format!("{}: no package", tests.0))?;
    let mut outcomes = Vec::new();
    for line in tests.1.lines() {
        let name: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        if !name.starts_with("test_") || outcomes.iter().any(|o: &TestOutcome| o.name == name) {
            continue;
        }
        let rule = format!("data.{package}.{name}");
        let (passed, detail) = match engine.eval_rule(rule.clone()) {
            Ok(regorus::Value::Bool(true)) => (true, String::new()),
            Ok(regorus::Value::Undefined) => (false, "undefined (a condition did not hold)".to_owned()),
            Ok(other) => (false, format!("evaluated to {other}")),
            Err(err) => (false, located(&tests.0, &err).message),
        };
        let outcome = TestOutcome { name, rule, passed, detail };
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// The tests of one `*_test.rego` file, or why they could not run.
#[derive(Debug)]
pub struct TestFile {
    pub file: String,
    pub package: String,
    pub outcomes: Result<Vec<TestOutcome>, String>,
}

/// Runs the tests of every `*_test.rego` under `path` against the other `.rego` modules there.
pub fn verify_path(path: &Path) -> Result<Vec<TestFile>, String> {
    let mut modules = Vec::new();
    let mut tests = Vec::new();
    let walker = ignore::WalkBuilder::new(path)
        .standard_filters(false)
        .follow_links(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker.flatten().filter(|e| e.file_type().is_some_and(|t| t.is_file())) {
        let name = crate::load::display_path(entry.path());
        if !name.ends_with(".rego") {
            continue;
        }
        let text = std::fs::read(entry.path())
            .map_err(|e| e.to_string())
            .and_then(|b| crate::text::decode(&b).map_err(|e| e.to_string()))
            .map_err(|e| format!("{name}: {e}"))?;
        if is_policy_file(&name) { modules.push((name, text)) } else { tests.push((name, text)) }
    }
    if modules.is_empty() && tests.is_empty() {
        return Err(format!("{}: no Rego policies found", crate::load::display_path(path)));
    }
    Ok(tests
        .iter()
        .map(|test| TestFile {
            file: test.0.clone(),
            package: package_of(&test.1),
            outcomes: run_tests(&modules, test),
        })
        .collect())
}
