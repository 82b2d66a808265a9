//! Runs compiled rules over resources: per-resource rules only on their declared types, project rules
//! once per directory with every resource of it. Parallel with rayon; each worker clones the engines it uses.

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde_json::{Value, json};

use super::metadata::Scope;
use super::rule::{EntryPoint, Rule, RuleError, limit_time};
use crate::model::resource::Resource;
use crate::model::severity::Severity;

/// A rule result tied to a resource.
#[derive(Debug, Clone)]
pub struct RawFinding {
    pub rule: usize,
    pub resource: usize,
    pub message: String,
    pub attribute: Option<String>,
    pub is_warning: bool,
    /// A severity the result itself gives (`"severity": "critical"`), over the rule's.
    pub severity: Option<Severity>,
    /// A fix the result declares, as data (`crate::fix::rule_fix::FixSpec`).
    pub fix: Option<Value>,
}

/// A rule that failed while running (the other rules still run).
#[derive(Debug, Clone)]
pub struct RunError {
    pub rule: usize,
    pub resource: Option<usize>,
    pub message: String,
}

#[derive(Debug, Default)]
pub struct Evaluation {
    pub findings: Vec<RawFinding>,
    pub errors: Vec<RunError>,
    /// How many (rule, input) evaluations ran.
    pub evaluations: usize,
}

/// Decides whether rule `rule` runs on a resource (config selection, per-path overrides).
pub type Selector<'a> = dyn Fn(usize, &Resource) -> bool + Sync + 'a;

/// Runs the rules; resources marked in `from_cache` skip per-resource rules (their results are cached).
/// `data` is the config's `rule_data`, which rules read as `data.tollgate.rule_data`.
pub fn run(
    rules: &[Rule],
    resources: &[Resource],
    selected: &Selector<'_>,
    from_cache: &[bool],
    data: Option<&regorus::Value>,
) -> Evaluation {
    let mut by_type: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut any_type = Vec::new();
    let mut project_rules = Vec::new();
    for (i, rule) in rules.iter().enumerate() {
        // Drift rules judge resources one at a time, whatever a metadata block says of scope.
        match rule.meta.scope {
            Scope::Project if !rule.meta.drift => project_rules.push(i),
            _ if rule.meta.resource_types.is_empty() => any_type.push(i),
            _ => rule.meta.resource_types.iter().for_each(|t| by_type.entry(t).or_default().push(i)),
        }
    }
    // Rules that share an engine (the built-in pack) share one slot: a worker clones each engine once.
    let mut slot_of_key: HashMap<usize, usize> = HashMap::new();
    let slots: Vec<usize> = rules
        .iter()
        .map(|rule| {
            let next = slot_of_key.len();
            *slot_of_key.entry(rule.engine_key()).or_insert(next)
        })
        .collect();
    let per_resource = resources
        .par_iter()
        .enumerate()
        .map_init(
            || Workspace { engines: vec![None; slot_of_key.len()], input_of: vec![None; slot_of_key.len()] },
            |work, (index, resource)| {
                // Data sources read existing infrastructure: per-resource rules judge what the code creates.
                if from_cache.get(index).copied().unwrap_or(false) || resource.is_data_source() {
                    return Evaluation::default();
                }
                let wanted: Vec<usize> = by_type
                    .get(resource.resource_type.as_str())
                    .into_iter()
                    .flatten()
                    .chain(if resource.is_setting() { &[][..] } else { &any_type[..] })
                    .copied()
                    .filter(|r| judges(&rules[*r], resource) && selected(*r, resource))
                    .collect();
                let mut out = Evaluation::default();
                if wanted.is_empty() {
                    return out;
                }
                let input = regorus::Value::from(resource.to_input());
                for r in wanted {
                    let slot = slots[r];
                    if work.engines[slot].is_none() {
                        match prepared(&rules[r], data) {
                            Ok(engine) => work.engines[slot] = Some(engine),
                            Err(err) => {
                                let message = format!("{}:{}:{}: {}", err.file, err.line, err.column, err.message);
                                out.errors.push(RunError { rule: r, resource: Some(index), message });
                                continue;
                            }
                        }
                    }
                    let Some(engine) = work.engines[slot].as_mut() else { continue };
                    if work.input_of[slot] != Some(index) {
                        engine.set_input(input.clone());
                        work.input_of[slot] = Some(index);
                    }
                    evaluate_rule(engine, r, &rules[r].entry_points, &mut out, |_| Some(index));
                }
                out
            },
        )
        .reduce(Evaluation::default, merge);
    let projects = project_inputs(resources);
    let pairs: Vec<(usize, &Vec<usize>)> =
        project_rules.iter().flat_map(|r| projects.values().map(move |members| (*r, members))).collect();
    let per_project = pairs
        .par_iter()
        .map_init(
            || vec![None; slot_of_key.len()],
            |engines: &mut Vec<Option<regorus::Engine>>, (r, members)| {
                let rule = &rules[*r];
                let members: Vec<usize> = members
                    .iter()
                    .copied()
                    .filter(|m| rule.sees(&resources[*m]) && selected(*r, &resources[*m]))
                    .collect();
                let mut out = Evaluation::default();
                if members.is_empty() {
                    return out;
                }
                let inputs: Vec<Value> = members.iter().map(|m| resources[*m].to_input()).collect();
                let slot = slots[*r];
                if engines[slot].is_none() {
                    match prepared(&rules[*r], data) {
                        Ok(engine) => engines[slot] = Some(engine),
                        Err(err) => {
                            let message = format!("{}:{}:{}: {}", err.file, err.line, err.column, err.message);
                            out.errors.push(RunError { rule: *r, resource: None, message });
                            return out;
                        }
                    }
                }
                let Some(engine) = engines[slot].as_mut() else { return out };
                engine.set_input(regorus::Value::from(json!({ "resources": inputs })));
                evaluate_rule(engine, *r, &rules[*r].entry_points, &mut out, |result| {
                    let address = result.get("address")?.as_str()?;
                    let file = result.get("file").and_then(Value::as_str);
                    members
                        .iter()
                        .copied()
                        .find(|m| resources[*m].address == address && file.is_none_or(|f| resources[*m].file == f))
                });
                out
            },
        )
        .reduce(Evaluation::default, merge);
    merge(per_resource, per_project)
}

/// A worker's engines, one per slot, and the resource each one holds as its input.
struct Workspace {
    engines: Vec<Option<regorus::Engine>>,
    input_of: Vec<Option<usize>>,
}

/// A rule's engine for one run: a clone of the compiled one, bounded in time, with the rule data.
fn prepared(rule: &Rule, data: Option<&regorus::Value>) -> Result<regorus::Engine, RuleError> {
    let mut engine = rule.engine().map_err(Clone::clone)?.clone();
    limit_time(&mut engine);
    if let Some(data) = data {
        engine.add_data(data.clone()).map_err(|e| RuleError {
            file: rule.file.clone(),
            line: 1,
            column: 1,
            message: format!("rule_data: {e}"),
        })?;
    }
    Ok(engine)
}

/// Whether a rule looks at a resource: drift rules only at resources with a drift state that drift
/// rules judge; the others at every resource.
fn judges(rule: &Rule, resource: &Resource) -> bool {
    !rule.meta.drift || resource.drift.as_ref().is_some_and(|d| d.judged_by_drift_rules())
}

/// Resource indices grouped by directory: a folder of manifests, or a Terraform module as one root
/// module evaluates it (a module two roots call is two projects: each instance is judged with its own
/// neighbours, and its findings land on its own resources).
fn project_inputs(resources: &[Resource]) -> BTreeMap<(&str, &str), Vec<usize>> {
    let mut groups: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, resource) in resources.iter().enumerate() {
        let dir = resource.file.rsplit_once('/').map_or("", |(d, _)| d);
        let root = match resource.kind {
            crate::model::resource::Kind::Terraform => resource.identity.split_once("::").map_or("", |(root, _)| root),
            _ => "",
        };
        groups.entry((root, dir)).or_default().push(i);
    }
    groups
}

fn evaluate_rule(
    engine: &mut regorus::Engine,
    rule: usize,
    entry_points: &[EntryPoint],
    out: &mut Evaluation,
    resource_of: impl Fn(&Value) -> Option<usize>,
) {
    for entry in entry_points {
        out.evaluations += 1;
        let value = match engine.eval_rule(entry.path.clone()) {
            Ok(value) => value,
            Err(err) => {
                let message = super::rule::located("", &err).message;
                out.errors.push(RunError { rule, resource: resource_of(&Value::Null), message });
                continue;
            }
        };
        let results = match serde_json::to_value(&value) {
            Ok(Value::Array(items)) => items,
            Ok(Value::Null) | Ok(Value::Bool(false)) => Vec::new(),
            Ok(Value::String(s)) if s == "<undefined>" => Vec::new(),
            Ok(Value::Bool(true)) => vec![Value::String(format!("{} is true", entry.path))],
            Ok(other) => vec![other],
            Err(err) => {
                out.errors.push(RunError { rule, resource: None, message: err.to_string() });
                continue;
            }
        };
        for result in results {
            let Some(resource) = resource_of(&result) else {
                out.errors.push(RunError {
                    rule,
                    resource: None,
                    message: format!("result names no resource of this directory: {result}"),
                });
                continue;
            };
            match parse_result(&result) {
                Ok(parsed) => out.findings.push(RawFinding {
                    rule,
                    resource,
                    message: parsed.message,
                    attribute: parsed.attribute,
                    is_warning: entry.is_warning,
                    severity: parsed.severity,
                    fix: parsed.fix,
                }),
                Err(message) => out.errors.push(RunError { rule, resource: Some(resource), message }),
            }
        }
    }
}

/// What one rule result says.
struct Parsed {
    message: String,
    attribute: Option<String>,
    severity: Option<Severity>,
    fix: Option<Value>,
}

/// A result is a message string, or an object with `msg` and optionally `attribute`, `severity` and
/// `fix`.
fn parse_result(result: &Value) -> Result<Parsed, String> {
    match result {
        Value::String(msg) => Ok(Parsed { message: msg.clone(), attribute: None, severity: None, fix: None }),
        Value::Object(map) => {
            let msg = map
                .get("msg")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("result without a `msg` string: {result}"))?;
            let attribute = map.get("attribute").and_then(Value::as_str).map(str::to_owned);
            let severity = match map.get("severity") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(s.parse::<Severity>().map_err(|e| format!("result `severity`: {e}"))?),
                Some(other) => return Err(format!("result `severity` is not a string: {other}")),
            };
            let fix = map.get("fix").filter(|f| !f.is_null()).cloned();
            Ok(Parsed { message: msg.to_owned(), attribute, severity, fix })
        }
        other => Err(format!("result is neither a string nor an object with `msg`: {other}")),
    }
}

fn merge(mut a: Evaluation, b: Evaluation) -> Evaluation {
    a.findings.extend(b.findings);
    a.errors.extend(b.errors);
    a.evaluations += b.evaluations;
    a
}
