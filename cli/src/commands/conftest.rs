//! `tollgate test`: Conftest's `test` command, for policy directories written for Conftest.

use std::io::Read;
use std::path::Path;

use serde_json::{Value, json};
use tollgate_engine::conftest::output::{OUTPUTS, render, totals};
use tollgate_engine::conftest::parse::{parse, parse_rego, parser_for};
use tollgate_engine::conftest::run::{CheckResult, Policies};
use tollgate_engine::evaluate::registry::is_policy_file;

use super::{EXIT_ERROR, Exit};
use crate::args::TestArgs;

/// Every file under `path` (sorted), or `path` itself.
fn files_under(path: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = ignore::WalkBuilder::new(path)
        .standard_filters(false)
        .build()
        .flatten()
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    tollgate_engine::model::text::decode(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// The data documents (`--data`): every JSON and YAML file under the given paths.
pub fn data_documents(paths: &[std::path::PathBuf]) -> Result<Vec<Value>, String> {
    let mut data = Vec::new();
    for path in paths {
        if !path.exists() {
            return Err(format!("{}: no such file or directory", path.display()));
        }
        for file in files_under(path) {
            let name = tollgate_engine::load::display_path(&file);
            if let Some(parser @ ("json" | "yaml")) = parser_for(&name, None) {
                let docs = parse(parser, &read(&file)?)
                    .map_err(|e| format!("{name}:{}:{}: {}", e.line, e.column, e.message))?;
                data.extend(docs);
            }
        }
    }
    Ok(data)
}

pub fn run(args: &TestArgs) -> Exit {
    if !OUTPUTS.contains(&args.output.as_str()) {
        eprintln!("error: unknown output `{}` (expected one of {})", args.output, OUTPUTS.join(", "));
        return EXIT_ERROR;
    }
    match test(args) {
        Ok((results, parse_errors)) => {
            out!("{}", render(&args.output, &results));
            let (_, _, warnings, failures, _) = totals(&results);
            if parse_errors {
                EXIT_ERROR
            } else if args.no_fail {
                0
            } else if failures > 0 || (args.fail_on_warn && warnings > 0) {
                1
            } else {
                0
            }
        }
        Err(message) => {
            eprintln!("error: {message}");
            EXIT_ERROR
        }
    }
}

fn test(args: &TestArgs) -> Result<(Vec<CheckResult>, bool), String> {
    let mut modules = Vec::new();
    for policy in &args.policies {
        for file in files_under(policy) {
            let name = tollgate_engine::load::display_path(&file);
            if is_policy_file(&name) {
                modules.push((name, read(&file)?));
            }
        }
    }
    if modules.is_empty() {
        return Err(format!("no policies found in {:?}", args.policies));
    }
    let mut policies = Policies::compile(&modules, data_documents(&args.data)?)?;
    let namespaces = if args.all_namespaces { policies.namespaces() } else { args.namespace.clone() };

    // Inputs: (file name, its documents).
    let mut inputs: Vec<(String, Vec<regorus::Value>)> = Vec::new();
    let mut parse_errors = false;
    for given in &args.files {
        let sources: Vec<(String, Result<String, String>)> = if given == "-" {
            let mut text = String::new();
            let read = std::io::stdin().read_to_string(&mut text).map(|_| text).map_err(|e| e.to_string());
            vec![("-".to_owned(), read)]
        } else {
            let path = Path::new(given);
            if !path.exists() {
                return Err(format!("{given}: no such file or directory"));
            }
            files_under(path)
                .into_iter()
                .map(|f| tollgate_engine::load::display_path(&f))
                .filter(|name| path.is_file() || parser_for(name, args.parser.as_deref()).is_some())
                .map(|name| {
                    let text = read(Path::new(&name));
                    (name, text)
                })
                .collect()
        };
        for (name, text) in sources {
            let parser = parser_for(&name, args.parser.as_deref()).unwrap_or("yaml");
            match text.and_then(|t| {
                parse_rego(parser, &t).map_err(|e| format!("{name}:{}:{}: {}", e.line, e.column, e.message))
            }) {
                Ok(docs) => inputs.push((name, docs)),
                Err(message) => {
                    eprintln!("error: {message}");
                    parse_errors = true;
                }
            }
        }
    }

    let mut results = Vec::new();
    if args.combine {
        let combined: Vec<Value> = inputs
            .iter()
            .map(|(path, docs)| {
                let mut docs: Vec<Value> = docs.iter().filter_map(|d| serde_json::to_value(d).ok()).collect();
                let contents = if docs.len() == 1 { docs.remove(0) } else { Value::Array(docs) };
                json!({"path": path, "contents": contents})
            })
            .collect();
        let combined = regorus::Value::from(Value::Array(combined));
        for namespace in &namespaces {
            results.push(policies.check("Combined", &combined, namespace)?);
        }
        return Ok((results, parse_errors));
    }
    for (name, docs) in inputs {
        for namespace in &namespaces {
            let mut merged: Option<CheckResult> = None;
            for doc in &docs {
                let result = policies.check(&name, doc, namespace)?;
                merged = Some(match merged {
                    None => result,
                    Some(mut m) => {
                        m.successes += result.successes;
                        m.failures.extend(result.failures);
                        m.warnings.extend(result.warnings);
                        m.exceptions.extend(result.exceptions);
                        m
                    }
                });
            }
            results.extend(merged);
        }
    }
    Ok((results, parse_errors))
}
