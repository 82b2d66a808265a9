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
    /// The test's first line in its file, and its source (up to the closing brace).
    pub line: usize,
    pub source: String,
    /// What the test printed (`print(...)`), in order.
    pub notes: Vec<String>,
}

/// Runs every `test_*` rule of `tests` (name, source) against the given modules (name, source).
pub fn run_tests(modules: &[(String, String)], tests: &(String, String)) -> Result<Vec<TestOutcome>, String> {
    run_tests_with_data(modules, tests, &[])
}

/// The source of the rule starting at `start` (0-based line): up to its closing brace at column 0.
fn rule_source(lines: &[&str], start: usize) -> String {
    let end = (start + 1..lines.len()).find(|&i| lines[i].starts_with('}')).unwrap_or(start);
    lines[start..=end].join("\n")
}

/// `run_tests`, with data documents under `data.` (as `conftest verify --data`).
pub fn run_tests_with_data(
    modules: &[(String, String)],
    tests: &(String, String),
    data: &[serde_json::Value],
) -> Result<Vec<TestOutcome>, String> {
    let mut engine = new_engine(modules.iter().chain(std::iter::once(tests)).any(|(_, source)| is_legacy(source)));
    engine.set_gather_prints(true);
    for document in data {
        engine.add_data(regorus::Value::from(document.clone())).map_err(|e| format!("data: {e:#}"))?;
    }
    for (name, source) in modules.iter().chain(std::iter::once(tests)) {
        engine.add_policy(name.clone(), source.clone()).map_err(|e| {
            let err = located(name, &e);
            format!("{}:{}:{}: {}", err.file, err.line, err.column, err.message)
        })?;
    }
    let package =
        Some(package_of(&tests.1)).filter(|p| !p.is_empty()).ok_or_else(|| format!("{}: no package", tests.0))?;
    let mut outcomes = Vec::new();
    let lines: Vec<&str> = tests.1.lines().collect();
    for (index, line) in lines.iter().enumerate() {
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
        let notes = engine.take_prints().unwrap_or_default();
        let source = rule_source(&lines, index);
        let outcome = TestOutcome { name, rule, passed, detail, line: index + 1, source, notes };
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
pub fn verify_path(path: &Path, data: &[serde_json::Value]) -> Result<Vec<TestFile>, String> {
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
            outcomes: run_tests_with_data(&modules, test, data),
        })
        .collect())
}
