//! `tollgate parse`: what Conftest policies receive as `input`, printed as `conftest parse` prints it
//! (one file: its document, or its documents as an array; several: an object by path; `--combine`:
//! the array of `{path, contents}`), as JSON with keys sorted and two-space indents.

use serde_json::{Map, Value};
use tollgate_engine::conftest::parse::{parse_rego, parser_for};

use super::conftest_inputs::{check_parser, gather};
use super::{EXIT_ERROR, Exit};
use crate::args::ParseArgs;

/// Sorts every object's keys, as Go's encoding/json writes maps.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect::<Map<_, _>>())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

pub fn run(args: &ParseArgs) -> Exit {
    match parse_all(args) {
        Ok(text) => {
            outln!("{text}");
            0
        }
        Err(message) => {
            eprintln!("error: {message}");
            EXIT_ERROR
        }
    }
}

fn parse_all(args: &ParseArgs) -> Result<String, String> {
    check_parser(args.parser.as_deref())?;
    let mut inputs = Vec::new();
    for (name, text) in gather(&args.files, args.parser.as_deref(), None)? {
        let parser = parser_for(&name, args.parser.as_deref()).unwrap_or("yaml");
        let docs = text.and_then(|t| {
            parse_rego(parser, &t).map_err(|e| format!("{name}:{}:{}: {}", e.line, e.column, e.message))
        })?;
        inputs.push((name, docs));
    }
    let value = if args.combine {
        super::conftest::combined(&inputs)
    } else {
        let mut by_path: Vec<(String, Value)> =
            inputs.iter().map(|(name, docs)| (name.clone(), super::conftest::contents(docs))).collect();
        if by_path.len() == 1 { by_path.remove(0).1 } else { Value::Object(by_path.into_iter().collect()) }
    };
    serde_json::to_string_pretty(&sorted(value)).map_err(|e| e.to_string())
}
