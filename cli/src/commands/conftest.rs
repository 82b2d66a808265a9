//! `tollgate test`: Conftest's `test` command, for policy directories written for Conftest, with its
//! flags, `conftest.toml` and `CONFTEST_*` settings, outputs and exit codes (2, not Conftest's 1,
//! when something cannot be read or compiled).

use std::path::PathBuf;

use serde_json::{Value, json};
use tollgate_engine::conftest::output::{OUTPUTS, render, totals};
use tollgate_engine::conftest::parse::{parse_rego, parser_for};
use tollgate_engine::conftest::run::{CheckResult, Policies};
use tollgate_engine::evaluate::registry::is_policy_file;
use tollgate_engine::evaluate::rule::RegoOptions;

use super::conftest_inputs::{check_parser, data_documents, files_under, gather, read};
use super::conftest_settings::{Settings, namespace_selected};
use super::{EXIT_ERROR, Exit, emit};
use crate::args::{ConftestCommon, TestArgs};

/// What `test` runs with, once flags, environment and `conftest.toml` are merged.
struct Resolved {
    policies: Vec<PathBuf>,
    data: Vec<PathBuf>,
    namespaces: Vec<String>,
    all_namespaces: bool,
    parser: Option<String>,
    output: String,
    combine: bool,
    fail_on_warn: bool,
    no_fail: bool,
    quiet: bool,
    suppress_exceptions: bool,
    hide_message: bool,
    ignore: Option<String>,
    file: Option<PathBuf>,
    options: RegoOptions,
}

/// The policy modules (name, source) under the policy paths: every `.rego` file but tests.
pub fn policy_modules(paths: &[PathBuf]) -> Result<Vec<(String, String)>, String> {
    let mut modules = Vec::new();
    for policy in paths {
        for file in files_under(policy) {
            let name = tollgate_engine::load::display_path(&file);
            if is_policy_file(&name) {
                modules.push((name, read(&file)?));
            }
        }
    }
    if modules.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(format!("no policies found in {}", shown.join(", ")));
    }
    Ok(modules)
}

/// Refuses the Conftest flags tollgate does not support yet; gives the Rego options and settings.
pub fn common(common: &ConftestCommon, update: bool) -> Result<(Settings, RegoOptions), String> {
    if let Some(flag) = common.unsupported().or(update.then_some("--update")) {
        return Err(format!("{flag} is not supported yet"));
    }
    let settings = Settings::load(common.config_file.as_deref())?;
    let v0 = settings.rego_v0(common.rego_version.as_deref())?;
    let builtin_errors = settings.flag(common.show_builtin_errors, "show-builtin-errors");
    let strict = settings.flag(common.strict, "strict");
    Ok((settings, RegoOptions { v0: Some(v0), builtin_errors, strict }))
}

fn resolve(args: &TestArgs) -> Result<Resolved, String> {
    let (s, options) = common(&args.common, !args.update.is_empty() || args.tls)?;
    let parser = args.parser.clone().or_else(|| s.text("parser")).or_else(|| s.text("input"));
    check_parser(parser.as_deref())?;
    let output = args.output.clone().or_else(|| s.text("output")).unwrap_or_else(|| "stdout".into());
    if !OUTPUTS.contains(&output.as_str()) {
        return Err(format!("unknown output `{output}` (expected one of {})", OUTPUTS.join(", ")));
    }
    let mut namespaces = s.strings(&args.namespace, "namespace");
    if namespaces.is_empty() {
        namespaces.push("main".into());
    }
    Ok(Resolved {
        policies: s.policies(&args.common.policies),
        data: s.paths(&args.common.data, "data"),
        namespaces,
        all_namespaces: s.flag(args.all_namespaces, "all-namespaces"),
        parser,
        output,
        combine: s.flag(args.combine, "combine"),
        fail_on_warn: s.flag(args.fail_on_warn, "fail-on-warn"),
        no_fail: s.flag(args.no_fail, "no-fail"),
        quiet: s.flag(args.quiet, "quiet"),
        suppress_exceptions: s.flag(args.suppress_exceptions, "suppress-exceptions"),
        hide_message: s.flag(args.junit_hide_message, "junit-hide-message"),
        ignore: args.ignore.clone().or_else(|| s.text("ignore")),
        file: args.file.clone().or_else(|| s.text("file").map(PathBuf::from)),
        options,
    })
}

pub fn run(args: &TestArgs) -> Exit {
    let resolved = match resolve(args) {
        Ok(resolved) => resolved,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_ERROR;
        }
    };
    match test(args, &resolved) {
        Ok((mut results, parse_errors)) => {
            if resolved.suppress_exceptions {
                results.iter_mut().for_each(|r| r.exceptions.clear());
            }
            let (_, _, warnings, failures, _) = totals(&results);
            let code = if parse_errors {
                EXIT_ERROR
            } else if resolved.no_fail {
                0
            } else if failures > 0 || (resolved.fail_on_warn && warnings > 0) {
                1
            } else {
                0
            };
            // As Conftest: --quiet prints nothing when the run exits 0.
            let silent = resolved.quiet && code == 0;
            let text =
                if silent { String::new() } else { render(&resolved.output, &results, resolved.hide_message, false) };
            if let Err(failed) = emit(resolved.file.as_deref(), &text) {
                return failed;
            }
            code
        }
        Err(message) => {
            eprintln!("error: {message}");
            EXIT_ERROR
        }
    }
}

/// The namespaces that run: every one with `--all-namespaces`, else those named (globs matched
/// against the policies' namespaces).
fn namespaces(resolved: &Resolved, known: Vec<String>) -> Vec<String> {
    if resolved.all_namespaces {
        return known;
    }
    let mut chosen: Vec<String> = Vec::new();
    for pattern in &resolved.namespaces {
        if pattern.contains(['*', '?', '[']) {
            let patterns = [pattern.clone()];
            chosen.extend(known.iter().filter(|ns| namespace_selected(ns, &patterns)).cloned());
        } else {
            chosen.push(pattern.clone());
        }
    }
    chosen.dedup();
    chosen
}

fn test(args: &TestArgs, resolved: &Resolved) -> Result<(Vec<CheckResult>, bool), String> {
    let modules = policy_modules(&resolved.policies)?;
    let mut policies = Policies::compile(&modules, data_documents(&resolved.data)?, resolved.options)?;
    let namespaces = namespaces(resolved, policies.namespaces());

    // Inputs: (file name, its documents).
    let mut inputs: Vec<(String, Vec<regorus::Value>)> = Vec::new();
    let mut parse_errors = false;
    for (name, text) in gather(&args.files, resolved.parser.as_deref(), resolved.ignore.as_deref())? {
        let parser = parser_for(&name, resolved.parser.as_deref()).unwrap_or("yaml");
        match text
            .and_then(|t| parse_rego(parser, &t).map_err(|e| format!("{name}:{}:{}: {}", e.line, e.column, e.message)))
        {
            Ok(docs) => inputs.push((name, docs)),
            Err(message) => {
                eprintln!("error: {message}");
                parse_errors = true;
            }
        }
    }

    let mut results = Vec::new();
    if resolved.combine {
        let combined = regorus::Value::from(combined(&inputs));
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

/// `--combine`'s input: one array of `{path, contents}` (a multi-document file's contents is the
/// array of its documents).
pub fn combined(inputs: &[(String, Vec<regorus::Value>)]) -> Value {
    let combined = inputs.iter().map(|(path, docs)| json!({"path": path, "contents": contents(docs)})).collect();
    Value::Array(combined)
}

/// A file's documents as policies see them: the document, or the array of a multi-document file's.
pub fn contents(docs: &[regorus::Value]) -> Value {
    let mut docs: Vec<Value> = docs.iter().filter_map(|d| serde_json::to_value(d).ok()).collect();
    if docs.len() == 1 { docs.remove(0) } else { Value::Array(docs) }
}
