//! The built-in pack never fails on odd but parseable input: every rule over every resource of the
//! pack's fixtures and `testdata/` (and `../shared/corpus` when it is beside the repository), then over
//! type-mutated variants of each (every top-level attribute replaced in turn by a string, a number,
//! null, an empty list and an object), gives zero rule errors. A rule error fails a user's whole run
//! (exit 2), so a rule must guard the types it reads.

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use tollgate_engine::evaluate::registry::builtin;
use tollgate_engine::evaluate::run::run;
use tollgate_engine::model::resource::Resource;
use tollgate_engine::{ScanOptions, Silent, scan};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The resources of `paths`, as rules receive them, and the rule errors the scan met.
fn resources(paths: Vec<PathBuf>) -> (Vec<Resource>, Vec<String>) {
    let mut options = ScanOptions::new(paths);
    options.keep_resources = true;
    let outcome = scan(&options, &Silent);
    let errors = outcome
        .report
        .errors
        .iter()
        .filter(|e| e.kind == "rule")
        .map(|e| format!("{}:{}: {} {}", e.file, e.line, e.rule_id.clone().unwrap_or_default(), e.message))
        .collect();
    (outcome.resources, errors)
}

/// Each resource once per (attribute, odd value): every top-level attribute, and every attribute of
/// the first element of a nested block or object (`ingress[0].cidr_blocks`, `spec.template`).
fn mutated(resources: &[Resource]) -> Vec<Resource> {
    let odd = [json!("x"), json!(7), Value::Null, json!([]), json!({"k": "v"})];
    let mut out = Vec::new();
    for resource in resources {
        let Some(values) = resource.values.as_object() else { continue };
        for (key, value) in values {
            for replacement in &odd {
                let mut changed = resource.clone();
                changed.values[key] = replacement.clone();
                changed.address = format!("{} with {key} = {replacement}", resource.address);
                out.push(changed);
            }
            let nested = match value {
                Value::Array(items) => items.first().and_then(Value::as_object).map(|o| (Some(0), o)),
                Value::Object(object) => Some((None, object)),
                _ => None,
            };
            let Some((index, inner)) = nested else { continue };
            for inner_key in inner.keys() {
                for replacement in &odd {
                    let mut changed = resource.clone();
                    let target = match index {
                        Some(i) => &mut changed.values[key][i],
                        None => &mut changed.values[key],
                    };
                    target[inner_key] = replacement.clone();
                    changed.address = format!("{} with {key}.{inner_key} = {replacement}", resource.address);
                    out.push(changed);
                }
            }
        }
    }
    out
}

fn rule_errors(resources: &[Resource]) -> Vec<String> {
    let pack = builtin();
    // A rule that does not compile would run on nothing and prove nothing here.
    assert!(pack.errors.is_empty(), "rules that do not compile: {:?}", pack.errors);
    let rules = pack.rules;
    let from_cache = vec![false; resources.len()];
    let evaluation = run(&rules, resources, &|_, _| true, &from_cache, None);
    let mut errors: Vec<String> = evaluation
        .errors
        .iter()
        .map(|e| {
            let at = e.resource.map(|r| resources[r].address.as_str()).unwrap_or("(project)");
            format!("{} on {at}: {}", rules[e.rule].meta.id, e.message.lines().next().unwrap_or(""))
        })
        .collect();
    errors.sort();
    errors.dedup();
    errors
}

#[test]
fn no_rule_fails_on_the_fixtures_or_their_type_mutations() {
    let mut paths = vec![repo().join("rules"), repo().join("testdata")];
    let corpus = repo().join("../shared/corpus");
    if corpus.is_dir() {
        paths.push(corpus);
    } else {
        println!("note: ../shared/corpus is not beside the repository; the fixtures alone are checked");
    }
    let (found, scan_errors) = resources(paths);
    assert!(found.len() > 500, "only {} resources", found.len());
    assert!(scan_errors.is_empty(), "rule errors on the fixtures as written:\n{}", scan_errors.join("\n"));
    let variants = mutated(&found);
    let errors = rule_errors(&variants);
    assert!(errors.is_empty(), "{} rule errors on type-mutated resources:\n{}", errors.len(), errors.join("\n"));
}
