//! Inputs parsed into the document shapes Conftest's parsers produce, so Conftest policies see the same
//! `input`: YAML (one document per input), JSON, HCL2 (`input.resource.<type>.<name>[0]`, Conftest's shape), TOML, INI,
//! `.env`, Dockerfile (a list of commands with `Cmd`, `Flags`, `Value`, `Original`, `Stage`), JSON with
//! comments, Java properties and XML.

use serde_json::{Map, Value, json};

use crate::normalize::FileError;
use crate::normalize::yaml_tree::parse_values;

/// The parsers, by Conftest's names.
pub const PARSERS: [&str; 10] =
    ["yaml", "json", "jsonc", "hcl2", "toml", "ini", "dotenv", "dockerfile", "properties", "xml"];

/// The parser for a file name (or the one forced with `--parser`).
pub fn parser_for(name: &str, forced: Option<&str>) -> Option<&'static str> {
    if let Some(forced) = forced {
        return PARSERS.iter().copied().find(|p| *p == forced || (*p == "hcl2" && forced == "hcl"));
    }
    let file = name.rsplit('/').next().unwrap_or(name);
    let lower = file.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    Some(match ext {
        "yaml" | "yml" => "yaml",
        "json" => "json",
        "jsonc" => "jsonc",
        "properties" => "properties",
        "xml" => "xml",
        "tf" | "hcl" | "tfvars" => "hcl2",
        "toml" => "toml",
        "ini" | "cfg" | "conf" => "ini",
        "env" => "dotenv",
        _ if lower == "dockerfile" || lower.starts_with("dockerfile.") || lower.ends_with(".dockerfile") => {
            "dockerfile"
        }
        _ if lower == ".env" || lower.starts_with(".env.") => "dotenv",
        _ => return None,
    })
}

fn error(message: impl ToString, line: usize, column: usize) -> FileError {
    FileError { message: message.to_string(), line, column }
}

/// Parses a file into its inputs (a YAML stream gives one per document).
pub fn parse(parser: &str, text: &str) -> Result<Vec<Value>, FileError> {
    match parser {
        "yaml" => parse_values(text).map_err(|e| error(e.message, e.position.line, e.position.column)),
        "json" => Ok(vec![crate::normalize::parse_json(text)?]),
        "hcl2" => super::hcl2_shape::parse(text).map(|v| vec![v]),
        "toml" => toml::from_str::<Value>(text).map(|v| vec![v]).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |s| line_col(text, s.start));
            error(e.message(), line, column)
        }),
        "ini" => ini(text).map(|v| vec![v]),
        "dotenv" => dotenv(text).map(|v| vec![v]),
        "dockerfile" => Ok(vec![dockerfile(text)]),
        "jsonc" => Ok(vec![super::text_formats::jsonc(text)?]),
        "properties" => Ok(vec![super::text_formats::properties(text)?]),
        "xml" => Ok(vec![super::xml::parse(text)?]),
        other => Err(error(format!("unknown parser `{other}`"), 1, 1)),
    }
}

/// Parses a file into its inputs as Rego values (YAML straight from the parser, the rest converted).
pub fn parse_rego(parser: &str, text: &str) -> Result<Vec<regorus::Value>, FileError> {
    match parser {
        "yaml" => crate::normalize::yaml_tree::parse_rego_values(text)
            .map_err(|e| error(e.message, e.position.line, e.position.column)),
        _ => Ok(parse(parser, text)?.into_iter().map(regorus::Value::from).collect()),
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let p = crate::model::text::LineIndex::new(text).position(offset);
    (p.line, p.column)
}

/// INI: sections to maps; numbers and booleans typed, as Conftest does.
fn ini(text: &str) -> Result<Value, FileError> {
    let parsed = ini::Ini::load_from_str(text).map_err(|e| error(e.msg.clone(), e.line, e.col))?;
    let mut root = Map::new();
    for (section, properties) in parsed.iter() {
        let mut values = Map::new();
        for (key, value) in properties.iter() {
            let typed = if let Ok(n) = value.parse::<f64>() {
                serde_json::Number::from_f64(n).map_or_else(|| Value::from(value), Value::Number)
            } else if let Ok(b) = value.parse::<bool>() {
                Value::Bool(b)
            } else {
                Value::from(value)
            };
            values.insert(key.to_owned(), typed);
        }
        match section {
            Some(name) => {
                root.insert(name.to_owned(), Value::Object(values));
            }
            None => root.extend(values),
        }
    }
    Ok(Value::Object(root))
}

/// `.env`: names to string values.
fn dotenv(text: &str) -> Result<Value, FileError> {
    let mut map = Map::new();
    for (index, item) in dotenvy::from_read_iter(text.as_bytes()).enumerate() {
        let (key, value) = item.map_err(|e| error(e.to_string(), index + 1, 1))?;
        map.insert(key, Value::from(value));
    }
    Ok(Value::Object(map))
}

/// Dockerfile instructions, with line continuations joined.
fn dockerfile(text: &str) -> Value {
    let mut commands = Vec::new();
    let mut stage = -1i64;
    let mut pending = String::new();
    for raw in text.lines() {
        let line = raw.trim();
        if pending.is_empty() && (line.is_empty() || line.starts_with('#')) {
            continue;
        }
        if let Some(head) = line.strip_suffix('\\') {
            pending.push_str(head.trim_end());
            pending.push(' ');
            continue;
        }
        pending.push_str(line);
        let original = std::mem::take(&mut pending);
        let (cmd, rest) = original.split_once(char::is_whitespace).unwrap_or((&original, ""));
        let cmd = cmd.to_ascii_lowercase();
        if cmd == "from" {
            stage += 1;
        }
        let mut flags = Vec::new();
        let mut rest = rest.trim();
        while let Some(flag) = rest.strip_prefix("--") {
            let (this, tail) = flag.split_once(char::is_whitespace).unwrap_or((flag, ""));
            flags.push(Value::from(format!("--{this}")));
            rest = tail.trim_start();
        }
        let (is_json, value): (bool, Vec<Value>) = match serde_json::from_str::<Vec<String>>(rest) {
            Ok(items) if rest.starts_with('[') => (true, items.into_iter().map(Value::from).collect()),
            _ if ["run", "cmd", "entrypoint", "shell"].contains(&cmd.as_str()) => (false, vec![Value::from(rest)]),
            _ => (false, rest.split_whitespace().map(Value::from).collect()),
        };
        commands.push(json!({
            "Cmd": cmd, "Flags": flags, "JSON": is_json, "Original": original,
            "Stage": stage.max(0), "SubCmd": "", "Value": value,
        }));
    }
    Value::Array(commands)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_match_conftest() {
        assert_eq!(parser_for("infra/main.tf", None), Some("hcl2"));
        assert_eq!(parser_for("Dockerfile", None), Some("dockerfile"));
        assert_eq!(parser_for("x.txt", Some("yaml")), Some("yaml"));
        let hcl =
            parse("hcl2", "resource \"aws_s3_bucket\" \"b\" {\n  acl = \"private\"\n  bucket = var.name\n}\n").unwrap();
        assert_eq!(hcl[0]["resource"]["aws_s3_bucket"]["b"][0]["acl"], "private");
        assert_eq!(hcl[0]["resource"]["aws_s3_bucket"]["b"][0]["bucket"], "${var.name}");
        let docker = parse(
            "dockerfile",
            "FROM alpine:3.19 AS build\nRUN apk add \\\n  curl\nCOPY --from=build /a /b\nCMD [\"sh\"]\n",
        )
        .unwrap();
        assert_eq!(docker[0][0]["Cmd"], "from");
        assert_eq!(docker[0][0]["Value"], json!(["alpine:3.19", "AS", "build"]));
        assert_eq!(docker[0][1]["Value"], json!(["apk add curl"]));
        assert_eq!(docker[0][2]["Flags"], json!(["--from=build"]));
        assert_eq!(docker[0][3]["JSON"], true);
        let ini = parse("ini", "[server]\nport = 8080\ndebug = true\nname = web\n").unwrap();
        assert_eq!(ini[0]["server"]["port"], 8080.0);
        assert_eq!(ini[0]["server"]["debug"], true);
        assert_eq!(parse("dotenv", "A=1\nB=\"two\"\n").unwrap()[0]["B"], "two");
        assert_eq!(parse("toml", "[a]\nb = 1\n").unwrap()[0]["a"]["b"], 1);
        assert_eq!(parse("yaml", "a: 1\n---\nb: 2\n").unwrap().len(), 2);
        assert_eq!(parse("toml", "a = \n").unwrap_err().line, 1);
    }
}
