//! Conftest's evaluation: for every `deny*`, `violation*` and `warn*` rule of a namespace, its results
//! are failures or warnings; an `exception` naming the rule turns them into exceptions; a rule with no
//! result is a success (once per definition of the rule).

use std::collections::{BTreeMap, BTreeSet};

use super::compiled::CompiledNamespace;

use serde::Serialize;
use serde_json::Value;

use crate::evaluate::rule::{RegoOptions, add_module, is_legacy, located};

/// One result: its message and any other keys of the result object.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The rule that gave the result (`deny_tags`); not part of Conftest's output.
    #[serde(skip)]
    pub rule: String,
    pub msg: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Value>,
}

impl CheckResult {
    /// No results yet for `filename` in `namespace`.
    pub fn empty(filename: &str, namespace: &str) -> Self {
        CheckResult { filename: filename.to_owned(), namespace: namespace.to_owned(), ..CheckResult::default() }
    }
}

impl Outcome {
    /// Where the result points: its `location` (`{"file": ..., "line": ...}`) when it names one, else
    /// the first line of its input.
    pub fn location(&self, filename: &str) -> (String, u64) {
        let named = self.metadata.as_ref().and_then(|m| m.get("location"));
        let file = named.and_then(|l| l.get("file")).and_then(|f| f.as_str()).unwrap_or(filename);
        let line = named.and_then(|l| l.get("line")).and_then(|l| l.as_u64()).unwrap_or(1);
        (file.to_owned(), line.max(1))
    }
}

/// The results of one input (or one file, for multi-document files) in one namespace.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CheckResult {
    pub filename: String,
    pub namespace: String,
    pub successes: usize,
    pub warnings: Vec<Outcome>,
    pub failures: Vec<Outcome>,
    pub exceptions: Vec<Outcome>,
    /// Skipped tests (`verify`'s `todo_test_*` rules); `test` skips none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Outcome>,
}

/// Policies compiled into one engine, as Conftest loads a policy directory.
pub struct Policies {
    engine: regorus::Engine,
    /// Namespace to rule name to how many times the rule is defined.
    rules: BTreeMap<String, BTreeMap<String, usize>>,
    /// Namespaces that define `exception`.
    exceptions: BTreeSet<String>,
    /// Namespaces compiled to bytecode (`None`: the interpreter evaluates them).
    compiled: BTreeMap<String, Option<CompiledNamespace>>,
    /// Whether built-in errors are errors (`--show-builtin-errors`): then the interpreter runs.
    builtin_errors: bool,
}

fn is_failure(rule: &str) -> bool {
    ["deny", "violation"].iter().any(|p| rule == *p || rule.strip_prefix(p).is_some_and(|r| r.starts_with('_')))
}

fn is_warning(rule: &str) -> bool {
    rule == "warn" || rule.strip_prefix("warn").is_some_and(|r| r.starts_with('_'))
}

fn remove_failure_prefix(rule: &str) -> &str {
    rule.strip_prefix("deny_").or_else(|| rule.strip_prefix("violation_")).unwrap_or(rule)
}

impl Policies {
    /// Compiles policy modules (name, source) and data documents.
    pub fn compile(modules: &[(String, String)], data: Vec<Value>, options: RegoOptions) -> Result<Policies, String> {
        options.strict_errors(modules)?;
        let legacy = modules.iter().any(|(_, s)| is_legacy(s));
        let mut engine = options.engine(legacy);
        let v1 = !options.v0.unwrap_or(legacy);
        super::builtins::register(&mut engine).map_err(|e| format!("built-ins: {e:#}"))?;
        let mut rules: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut exceptions = BTreeSet::new();
        for (name, source) in modules {
            let package = add_module(&mut engine, v1, name, source)
                .map_err(|err| format!("{}:{}:{}: {}", err.file, err.line, err.column, err.message))?;
            let namespace = package.strip_prefix("data.").unwrap_or(&package).to_owned();
            let defined = rules.entry(namespace.clone()).or_default();
            for line in source.lines() {
                let rule: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                let after = line[rule.len()..].trim_start();
                let is_head =
                    after.is_empty() || ["[", "{", "=", ":=", "contains", "if"].iter().any(|t| after.starts_with(t));
                if is_head && (is_failure(&rule) || is_warning(&rule)) {
                    *defined.entry(rule).or_default() += 1;
                } else if is_head && rule == "exception" {
                    exceptions.insert(namespace.clone());
                }
            }
        }
        for document in data {
            engine.add_data(regorus::Value::from(document)).map_err(|e| format!("data: {e:#}"))?;
        }
        Ok(Policies { engine, rules, exceptions, compiled: BTreeMap::new(), builtin_errors: options.builtin_errors })
    }

    /// Every rule as `tollgate check` names it: `namespace.rule` (`main.deny_replicas`).
    pub fn rule_ids(&self) -> Vec<String> {
        self.rules.iter().flat_map(|(ns, rules)| rules.keys().map(move |rule| format!("{ns}.{rule}"))).collect()
    }

    pub fn namespaces(&self) -> Vec<String> {
        self.rules.keys().cloned().collect()
    }

    /// Checks one input (converted once with `regorus::Value::from`, cheap to clone) against one namespace.
    pub fn check(&mut self, filename: &str, input: &regorus::Value, namespace: &str) -> Result<CheckResult, String> {
        let mut result = CheckResult::empty(filename, namespace);
        let Some(rules) = self.rules.get(namespace).cloned() else { return Ok(result) };

        // One evaluation of the whole package gives every rule's value (and `exception`) at once.
        let package = self.eval_package(namespace, input.clone())?;
        let excepted = package.get("exception").cloned().unwrap_or(Value::Null);
        for (rule, count) in rules {
            let name = remove_failure_prefix(&rule);
            let exception_query = format!("data.{namespace}.exception[_][_] == \"{name}\"");
            let is_excepted = excepted
                .as_array()
                .into_iter()
                .flatten()
                .any(|names| names.as_array().into_iter().flatten().any(|n| n.as_str() == Some(name)));
            let exceptions = usize::from(is_excepted);
            if is_excepted {
                result.exceptions.push(Outcome { rule: rule.clone(), msg: exception_query, metadata: None });
            }
            let values = package.get(&rule).cloned().unwrap_or(Value::Null);
            let (mut successes, mut failures, mut warnings) = (0, 0, 0);
            match values {
                Value::Array(items) if !items.is_empty() => {
                    for item in items {
                        let outcome = to_outcome(&rule, item);
                        if outcome.msg.is_empty() {
                            successes += 1;
                        } else if exceptions > 0 {
                            continue;
                        } else if is_failure(&rule) {
                            failures += 1;
                            result.failures.push(outcome);
                        } else {
                            warnings += 1;
                            result.warnings.push(outcome);
                        }
                    }
                }
                // Not a set of results (undefined, empty, or a boolean): the rule passed.
                _ => successes += 1,
            }
            // Count a success for every definition of the rule that produced nothing.
            successes += count.saturating_sub(successes + failures + warnings + exceptions);
            result.successes += successes;
        }
        Ok(result)
    }

    /// Every rule's value for one input: compiled to bytecode once per namespace, interpreted when the
    /// compiler does not support the policy.
    fn eval_package(&mut self, namespace: &str, input: regorus::Value) -> Result<Value, String> {
        if !self.compiled.contains_key(namespace) {
            let mut names: Vec<String> =
                self.rules.get(namespace).into_iter().flatten().map(|(r, _)| r.clone()).collect();
            if self.exceptions.contains(namespace) {
                names.push("exception".into());
            }
            // regorus's bytecode VM reads a rule body's built-in error as undefined even when told to
            // raise it: with --show-builtin-errors the interpreter runs the namespace instead.
            let compiled =
                if self.builtin_errors { None } else { CompiledNamespace::compile(&mut self.engine, namespace, names) };
            self.compiled.insert(namespace.to_owned(), compiled);
        }
        if let Some(Some(compiled)) = self.compiled.get_mut(namespace) {
            return compiled.eval(input);
        }
        self.engine.set_input(input);
        let query = format!("data.{namespace}");
        let results = self
            .engine
            .eval_query(query.clone(), false)
            .map_err(|err| format!("{query}: {}", located("", &err).message))?;
        let value = results.result.into_iter().next().and_then(|r| r.expressions.into_iter().next()).map(|e| e.value);
        Ok(value.and_then(|v| serde_json::to_value(&v).ok()).unwrap_or(Value::Null))
    }
}

fn to_outcome(rule: &str, item: Value) -> Outcome {
    let rule = rule.to_owned();
    match item {
        Value::String(msg) => Outcome { rule, msg, metadata: None },
        Value::Object(mut map) => {
            let msg = map.remove("msg").and_then(|m| m.as_str().map(str::to_owned)).unwrap_or_default();
            let metadata = (!map.is_empty()).then_some(Value::Object(map));
            Outcome { rule, msg, metadata }
        }
        other => Outcome { rule, msg: other.to_string(), metadata: None },
    }
}
