//! A runner for Rego unit tests (`test_*` rules in `*_test.rego`), as `opa test` runs them.

use std::path::Path;

use super::registry::{is_policy_file, package_of};
use super::rule::{RegoOptions, add_module, is_legacy, located};

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
    /// A `todo_test_*` rule: reported as skipped, never run (as `opa test` does).
    pub skipped: bool,
}

/// Runs every `test_*` rule of `tests` (name, source) against the given modules (name, source).
pub fn run_tests(modules: &[(String, String)], tests: &(String, String)) -> Result<Vec<TestOutcome>, String> {
    run_tests_with_data(modules, tests, &[], RegoOptions::default())
}

/// A test rule as the parsed module declares it: its name, first line and source text.
struct Declared {
    name: String,
    line: usize,
    source: String,
}

/// The `test_*` and `todo_test_*` rules of the module added as `file`, from its parsed rules (as
/// `opa test` finds them: at any indentation, in any layout), in order, each name once.
fn declared_tests(engine: &mut regorus::Engine, file: &str) -> Vec<Declared> {
    use regorus::unstable::{Expr, Rule, RuleHead};
    let mut found: Vec<Declared> = Vec::new();
    for module in engine.get_modules().iter().filter(|m| m.package.span.source.get_path() == file) {
        for rule in &module.policy {
            let Rule::Spec { span, head, .. } = rule.as_ref() else { continue };
            let refr = match head {
                RuleHead::Compr { refr, .. } | RuleHead::Set { refr, .. } | RuleHead::Func { refr, .. } => refr,
            };
            let Expr::Var { value, .. } = refr.as_ref() else { continue };
            let Ok(name) = value.as_string() else { continue };
            let name = name.to_string();
            let is_test = name.starts_with("test_") || name.starts_with("todo_test_");
            if is_test && !found.iter().any(|d| d.name == name) {
                found.push(Declared { name, line: span.line as usize, source: span.text().to_owned() });
            }
        }
    }
    found
}

/// `run_tests`, with data documents under `data.` (as `conftest verify --data`).
pub fn run_tests_with_data(
    modules: &[(String, String)],
    tests: &(String, String),
    data: &[serde_json::Value],
    options: RegoOptions,
) -> Result<Vec<TestOutcome>, String> {
    options.strict_errors(modules.iter().chain(std::iter::once(tests)))?;
    let legacy = modules.iter().chain(std::iter::once(tests)).any(|(_, source)| is_legacy(source));
    let mut engine = options.engine(legacy);
    let v1 = !options.v0.unwrap_or(legacy);
    engine.set_gather_prints(true);
    for document in data {
        engine.add_data(regorus::Value::from(document.clone())).map_err(|e| format!("data: {e:#}"))?;
    }
    for (name, source) in modules.iter().chain(std::iter::once(tests)) {
        add_module(&mut engine, v1, name, source)
            .map_err(|err| format!("{}:{}:{}: {}", err.file, err.line, err.column, err.message))?;
    }
    let package =
        Some(package_of(&tests.1)).filter(|p| !p.is_empty()).ok_or_else(|| format!("{}: no package", tests.0))?;
    let mut outcomes = Vec::new();
    for Declared { name, line, source } in declared_tests(&mut engine, &tests.0) {
        let rule = format!("data.{package}.{name}");
        if name.starts_with("todo_") {
            let detail = "skipped (todo_)".to_owned();
            let notes = Vec::new();
            outcomes.push(TestOutcome { name, rule, passed: true, detail, line, source, notes, skipped: true });
            continue;
        }
        let (passed, detail) = match engine.eval_rule(rule.clone()) {
            Ok(regorus::Value::Bool(true)) => (true, String::new()),
            Ok(regorus::Value::Undefined) => (false, "undefined (a condition did not hold)".to_owned()),
            Ok(other) => (false, format!("evaluated to {other}")),
            Err(err) => (false, located(&tests.0, &err).message),
        };
        let notes = engine.take_prints().unwrap_or_default();
        outcomes.push(TestOutcome { name, rule, passed, detail, line, source, notes, skipped: false });
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
pub fn verify_path(path: &Path, data: &[serde_json::Value], options: RegoOptions) -> Result<Vec<TestFile>, String> {
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
            .and_then(|b| crate::model::text::decode(&b).map_err(|e| e.to_string()))
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
            outcomes: run_tests_with_data(&modules, test, data, options),
        })
        .collect())
}
