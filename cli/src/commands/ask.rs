//! `tollgate ask`: a question answered by a Rego query run locally over the resources `inspect`
//! shows. The query is the user's (`--rego`) or a model's, written from the estate's shape (attribute
//! names and types; redacted values only with `--share-values`); a model's query that is refused, does
//! not compile or fails is sent back once with the error, then the user gets the error and the draft.

use std::io::{BufRead, Write};

use clap::ArgMatches;
use clap::parser::ValueSource;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tollgate_engine::ask::{prompt, query, shape};
use tollgate_engine::{Silent, scan};

use super::{EXIT_ERROR, Exit, emit, inspect, scan_setup};
use crate::args::AskArgs;
use crate::explain::chain::{Chain, Question, Topic};
use crate::explain::{Settings, sensitive_values_beside};

/// The query that ran and where it came from.
struct Answered {
    rego: String,
    source: &'static str,
    model: Option<String>,
    summary: String,
    attempts: usize,
    outcome: Result<Vec<query::Row>, query::QueryError>,
}

pub fn run(args: &AskArgs, matches: &ArgMatches) -> Exit {
    let mut scan_args = args.scan.clone();
    let question = match (&args.rego, &args.question) {
        // With --rego every positional is a path.
        (Some(_), Some(first)) => {
            let explicit = matches.value_source("paths") == Some(ValueSource::CommandLine);
            let rest = if explicit { scan_args.paths.clone() } else { Vec::new() };
            scan_args.paths = std::iter::once(first.into()).chain(rest).collect();
            String::new()
        }
        (Some(_), None) => String::new(),
        (None, Some(question)) if !question.trim().is_empty() => question.clone(),
        (None, _) => {
            eprintln!("error: ask needs a QUESTION (or --rego FILE|EXPR to run your own query)");
            return EXIT_ERROR;
        }
    };
    let options = match inspect::model_options(&scan_args) {
        Ok(options) => options,
        Err(code) => return code,
    };
    let outcome = scan(&options, &Silent);
    for error in &outcome.report.errors {
        eprintln!("error: {}:{}:{}: {}", error.file, error.line, error.column, error.message);
    }
    let input = query::input(&outcome.resources);
    let answered = match &args.rego {
        Some(rego) => match user_query(rego) {
            Ok(source) => {
                let outcome = query::run(&source, &input);
                Answered { rego: source, source: "user", model: None, summary: String::new(), attempts: 1, outcome }
            }
            Err(message) => {
                eprintln!("error: {message}");
                return EXIT_ERROR;
            }
        },
        None => {
            let settings = Settings::for_questions(&args.model, &outcome.models, scan_setup::cache_dir(&scan_args));
            if settings.endpoints.is_empty() {
                eprintln!(
                    "error: ask needs a model: set OPENAI_BASE_URL (a local server such as Ollama or vLLM) or \
                     OPENAI_API_KEY, pass --model NAME@BASE_URL, or list `models:` in .tollgate.yaml; \
                     without a model, run your own query with --rego FILE|EXPR"
                );
                return EXIT_ERROR;
            }
            let secrets = sensitive_values_beside(outcome.resources.iter().map(|r| r.file.as_str()));
            let shape = shape::shape(&outcome.resources, args.share_values, &secrets);
            match ask_model(&question, &shape, &input, &settings, args.confirm) {
                Ok(answered) => answered,
                Err(message) => {
                    eprintln!("error: {message}");
                    return EXIT_ERROR;
                }
            }
        }
    };
    let document = document(&question, &answered, &outcome.report.errors);
    let text = match args.format.as_str() {
        "json" => serde_json::to_string_pretty(&document).unwrap_or_default(),
        "markdown" => markdown(&question, &answered),
        _ => human(&answered),
    };
    if let Err(code) = emit(args.output.as_deref(), &text) {
        return code;
    }
    if let Err(error) = &answered.outcome {
        eprintln!("error: {error}");
        if answered.source == "model" {
            eprintln!("the model's last draft is in the output; nothing was answered from it");
        }
        return EXIT_ERROR;
    }
    if outcome.report.errors.is_empty() { 0 } else { EXIT_ERROR }
}

/// The user's query: a file, a module (`package ...`) or a condition on `r`.
fn user_query(rego: &str) -> Result<String, String> {
    let path = std::path::Path::new(rego);
    if path.is_file() {
        return std::fs::read_to_string(path).map_err(|e| format!("cannot read {rego}: {e}"));
    }
    if rego.trim_start().starts_with("package ") {
        return Ok(rego.to_owned());
    }
    if rego.ends_with(".rego") {
        return Err(format!("{rego}: no such file"));
    }
    Ok(query::from_expression(rego))
}

/// Asks the model for a query and runs it; a query that fails goes back once with its error.
fn ask_model(
    question: &str,
    shape: &[shape::TypeShape],
    input: &Value,
    settings: &Settings,
    confirm: bool,
) -> Result<Answered, String> {
    let mut chain = Chain::new(settings)?;
    let reference = hex::encode(&Sha256::digest(question.as_bytes())[..8]);
    let mut previous: Option<(String, String)> = None;
    let mut last = None;
    for attempt in 1..=2 {
        let messages = prompt::build(question, shape, previous.as_ref().map(|(d, e)| (d.as_str(), e.as_str())));
        let asked = Question { version: prompt::ASK_PROMPT_VERSION, schema: prompt::schema(), prompt: &messages };
        let topic = Topic { rule_id: "ask", reference: &reference, material: &messages.user };
        let answer = chain.answer(&topic, &asked, |value, model, _| {
            prompt::rego_of(value).map(|(rego, summary)| (rego, summary, model.to_owned()))
        });
        let (rego, summary, model) = match answer {
            Ok(found) => found,
            // A model that gave nothing usable the second time: the first try's outcome stands.
            Err(note) => return last.ok_or(format!("the model gave no query: {note}")),
        };
        if confirm && !confirmed(&rego)? {
            return Err("the query was not run (not confirmed)".into());
        }
        let outcome = query::run(&rego, input);
        let failed = outcome.as_ref().err().map(ToString::to_string);
        let answered = Answered { rego, source: "model", model: Some(model), summary, attempts: attempt, outcome };
        match failed {
            None => return Ok(answered),
            Some(error) => {
                previous = Some((answered.rego.clone(), error));
                last = Some(answered);
            }
        }
    }
    last.ok_or_else(|| "the model gave no query".into())
}

/// Shows the query and reads the answer to "run it?" from stdin.
fn confirmed(rego: &str) -> Result<bool, String> {
    eprintln!("The model wrote this query:\n\n{rego}");
    eprint!("Run it? [y/N] ");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    match std::io::stdin().lock().read_line(&mut line) {
        Ok(_) => Ok(matches!(line.trim(), "y" | "Y" | "yes")),
        Err(e) => Err(format!("cannot read the confirmation from stdin: {e}")),
    }
}

fn document(question: &str, answered: &Answered, errors: &[tollgate_engine::report::model::ReportError]) -> Value {
    let mut document = json!({
        "question": question,
        "source": answered.source,
        "model": answered.model,
        "summary": answered.summary,
        "attempts": answered.attempts,
        "rego": answered.rego,
        "errors": errors,
    });
    match &answered.outcome {
        Ok(rows) => {
            document["count"] = json!(rows.len());
            document["results"] = json!(rows);
        }
        Err(error) => document["query_error"] = json!(error),
    }
    document
}

fn human(answered: &Answered) -> String {
    let mut out = String::new();
    match &answered.outcome {
        Ok(rows) => {
            for row in rows {
                let detail = row.detail.as_ref().map(|d| format!("  {d}")).unwrap_or_default();
                out.push_str(&format!("{}:{}  {}  {}{detail}\n", row.file, row.line, row.resource_type, row.address));
            }
            let noun = if rows.len() == 1 { "resource matches" } else { "resources match" };
            out.push_str(&format!("{} {noun}.\n", rows.len()));
        }
        Err(error) => out.push_str(&format!("No answer: {error}\n")),
    }
    if !answered.summary.is_empty() {
        out.push_str(&format!("\nThe query selects: {}\n", answered.summary));
    }
    out.push_str(&format!("\nQuery (keep it and run it again with --rego FILE):\n\n{}", answered.rego));
    out
}

fn markdown(question: &str, answered: &Answered) -> String {
    let mut out = String::new();
    if !question.is_empty() {
        out.push_str(&format!("**{}**\n\n", question.replace('\n', " ")));
    }
    match &answered.outcome {
        Ok(rows) => {
            out.push_str("| Resource | Type | Location | Detail |\n|---|---|---|---|\n");
            for row in rows {
                let detail = row.detail.as_ref().map(|d| d.to_string().replace('|', "\\|")).unwrap_or_default();
                out.push_str(&format!(
                    "| `{}` | `{}` | `{}:{}` | {detail} |\n",
                    row.address, row.resource_type, row.file, row.line
                ));
            }
            out.push_str(&format!("\n{} matching.\n", rows.len()));
        }
        Err(error) => out.push_str(&format!("No answer: {error}\n")),
    }
    out.push_str(&format!("\n<details><summary>Query</summary>\n\n```rego\n{}```\n</details>\n", answered.rego));
    out
}
