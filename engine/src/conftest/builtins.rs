//! Conftest's built-in functions, for policies that call them: `parse_config(parser, text)`,
//! `parse_config_file(path)` and `parse_combined_config_files(paths)`, with tollgate's parsers.

use anyhow::{Context, anyhow};
use regorus::Value as RegoValue;
use serde_json::{Value, json};

use super::parse::{parse, parser_for};

/// Registers the built-ins on an engine (before its policies are added).
pub fn register(engine: &mut regorus::Engine) -> anyhow::Result<()> {
    engine.add_extension(
        "parse_config".into(),
        2,
        Box::new(|args: Vec<RegoValue>| {
            let parser = args[0].as_string()?;
            let text = args[1].as_string()?;
            parsed(parser, text, "parse_config")
        }),
    )?;
    engine.add_extension(
        "parse_config_file".into(),
        1,
        Box::new(|args: Vec<RegoValue>| {
            let path = args[0].as_string()?;
            let (parser, text) = read(path)?;
            parsed(parser, &text, path)
        }),
    )?;
    engine.add_extension(
        "parse_combined_config_files".into(),
        1,
        Box::new(|args: Vec<RegoValue>| {
            let paths =
                args[0].as_array().map_err(|_| anyhow!("parse_combined_config_files takes an array of paths"))?;
            let mut combined = Vec::new();
            for path in paths.iter() {
                let path = path.as_string()?;
                let (parser, text) = read(path)?;
                combined.push(json!({"path": path.as_ref(), "contents": document(parser, &text, path)?}));
            }
            Ok(RegoValue::from(Value::Array(combined)))
        }),
    )?;
    Ok(())
}

fn read(path: &str) -> anyhow::Result<(&'static str, String)> {
    let parser = parser_for(path, None).ok_or_else(|| anyhow!("{path}: no parser for this file name"))?;
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {path}"))?;
    Ok((parser, text))
}

/// One document as itself, several as an array (as Conftest gives them).
fn document(parser: &str, text: &str, what: &str) -> anyhow::Result<Value> {
    let mut docs = parse(parser, text).map_err(|e| anyhow!("{what}:{}:{}: {}", e.line, e.column, e.message))?;
    Ok(if docs.len() == 1 { docs.remove(0) } else { Value::Array(docs) })
}

fn parsed(parser: &str, text: &str, what: &str) -> anyhow::Result<RegoValue> {
    Ok(RegoValue::from(document(parser, text, what)?))
}
