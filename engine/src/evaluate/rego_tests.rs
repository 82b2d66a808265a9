//! A runner for Rego unit tests (`test_*` rules in `*_test.rego`), as `opa test` runs them.

use super::rule::located;

/// One test and its outcome.
#[derive(Debug, Clone)]
pub struct TestOutcome {
    pub name: String,
    pub passed: bool,
    /// Why it failed: `false`/undefined, or the evaluation error.
    pub detail: String,
}

/// Runs every `test_*` rule of `tests` (name, source) against the given modules (name, source).
pub fn run_tests(modules: &[(String, String)], tests: &(String, String)) -> Result<Vec<TestOutcome>, String> {
    let mut engine = regorus::Engine::new();
    for (name, source) in modules.iter().chain(std::iter::once(tests)) {
        engine.add_policy(name.clone(), source.clone()).map_err(|e| {
            let err = located(name, &e);
            format!("{}:{}:{}: {}", err.file, err.line, err.column, err.message)
        })?;
    }
    let package = tests
        .1
        .lines()
        .find_map(|l| l.trim_start().strip_prefix("package "))
        .map(|p| p.trim().to_owned())
        .ok_or_else(|| format!("{}: no package", tests.0))?;
    let mut outcomes = Vec::new();
    for line in tests.1.lines() {
        let name: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
        if !name.starts_with("test_") || outcomes.iter().any(|o: &TestOutcome| o.name == name) {
            continue;
        }
        let outcome = match engine.eval_rule(format!("data.{package}.{name}")) {
            Ok(regorus::Value::Bool(true)) => TestOutcome { name, passed: true, detail: String::new() },
            Ok(other) => TestOutcome { name, passed: false, detail: format!("evaluated to {other}") },
            Err(err) => TestOutcome { name, passed: false, detail: format!("{err:#}") },
        };
        outcomes.push(outcome);
    }
    Ok(outcomes)
}
