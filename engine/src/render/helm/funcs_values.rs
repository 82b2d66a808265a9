//! Sprig's value functions: defaults and flow (`default`, `empty`, `coalesce`, `ternary`), numbers,
//! type tests, encodings and hashes, JSON and YAML, semantic versions, dates; and Helm's `required`,
//! `fail` and `lookup` (always empty: a render never reads a cluster).

use std::sync::Arc;

use base64::Engine as _;
use gotmpl::{FuncMap, Value};
use sha2::Digest as _;

use super::convert::{from_json, is_empty, map_value, to_f64, to_i64, to_json};
use super::funcs_strings::{add, arg, fail, last, s, text};
use super::semver;
use crate::render::to_yaml::to_yaml;

pub fn register(m: &mut FuncMap) {
    add(m, "default", |a| Ok(if a.len() < 2 || is_empty(arg(a, 1)) { arg(a, 0).clone() } else { arg(a, 1).clone() }));
    add(m, "empty", |a| Ok(Value::Bool(is_empty(arg(a, 0)))));
    add(m, "coalesce", |a| Ok(a.iter().find(|v| !is_empty(v)).cloned().unwrap_or(Value::Nil)));
    add(m, "all", |a| Ok(Value::Bool(a.iter().all(|v| !is_empty(v)))));
    add(m, "any", |a| Ok(Value::Bool(a.iter().any(|v| !is_empty(v)))));
    add(m, "ternary", |a| Ok(if arg(a, 2).is_truthy() { arg(a, 0).clone() } else { arg(a, 1).clone() }));
    add(m, "required", |a| match arg(a, 1) {
        Value::Nil => Err(fail(text(a, 0))),
        Value::String(v) if v.is_empty() => Err(fail(text(a, 0))),
        other => Ok(other.clone()),
    });
    add(m, "fail", |a| Err(fail(text(a, 0))));
    add(m, "lookup", |_| Ok(map_value([])));
    add(m, "getHostByName", |_| Ok(s("")));

    add(m, "int", |a| Ok(Value::Int(to_i64(arg(a, 0)))));
    add(m, "int64", |a| Ok(Value::Int(to_i64(arg(a, 0)))));
    add(m, "atoi", |a| Ok(Value::Int(text(a, 0).trim().parse().unwrap_or_default())));
    add(m, "float64", |a| Ok(Value::Float(to_f64(arg(a, 0)))));
    add(m, "add", |a| Ok(Value::Int(a.iter().map(to_i64).sum())));
    add(m, "add1", |a| Ok(Value::Int(to_i64(arg(a, 0)) + 1)));
    add(m, "sub", |a| Ok(Value::Int(to_i64(arg(a, 0)) - to_i64(arg(a, 1)))));
    add(m, "mul", |a| Ok(Value::Int(a.iter().map(to_i64).product())));
    add(m, "div", |a| match to_i64(arg(a, 1)) {
        0 => Err(fail("integer divide by zero")),
        d => Ok(Value::Int(to_i64(arg(a, 0)) / d)),
    });
    add(m, "mod", |a| match to_i64(arg(a, 1)) {
        0 => Err(fail("integer divide by zero")),
        d => Ok(Value::Int(to_i64(arg(a, 0)) % d)),
    });
    add(m, "max", |a| Ok(Value::Int(a.iter().map(to_i64).max().unwrap_or_default())));
    add(m, "min", |a| Ok(Value::Int(a.iter().map(to_i64).min().unwrap_or_default())));
    add(m, "addf", |a| Ok(Value::Float(a.iter().map(to_f64).sum())));
    add(m, "subf", |a| Ok(Value::Float(a.iter().skip(1).fold(to_f64(arg(a, 0)), |acc, v| acc - to_f64(v)))));
    add(m, "mulf", |a| Ok(Value::Float(a.iter().map(to_f64).product())));
    add(m, "divf", |a| Ok(Value::Float(a.iter().skip(1).fold(to_f64(arg(a, 0)), |acc, v| acc / to_f64(v)))));
    add(m, "floor", |a| Ok(Value::Float(to_f64(arg(a, 0)).floor())));
    add(m, "ceil", |a| Ok(Value::Float(to_f64(arg(a, 0)).ceil())));
    add(m, "round", |a| {
        let factor = 10f64.powi(to_i64(arg(a, 1)) as i32);
        Ok(Value::Float((to_f64(arg(a, 0)) * factor).round() / factor))
    });

    add(m, "typeOf", |a| Ok(s(type_of(arg(a, 0)))));
    add(m, "typeIs", |a| Ok(Value::Bool(type_of(arg(a, 1)) == text(a, 0))));
    add(m, "kindOf", |a| Ok(s(kind_of(arg(a, 0)))));
    add(m, "kindIs", |a| Ok(Value::Bool(kind_of(arg(a, 1)) == text(a, 0))));

    add(m, "b64enc", |a| Ok(s(base64::engine::general_purpose::STANDARD.encode(last(a)))));
    add(m, "b64dec", |a| {
        let bytes = base64::engine::general_purpose::STANDARD.decode(last(a)).unwrap_or_default();
        Ok(s(String::from_utf8_lossy(&bytes).into_owned()))
    });
    add(m, "sha256sum", |a| Ok(s(hex::encode(sha2::Sha256::digest(last(a).as_bytes())))));
    add(m, "sha1sum", |a| Ok(s(hex::encode(sha1::Sha1::digest(last(a).as_bytes())))));
    add(m, "adler32sum", |a| Ok(s(adler2::adler32_slice(last(a).as_bytes()).to_string())));

    for name in ["toJson", "mustToJson", "toRawJson", "mustToRawJson"] {
        add(m, name, |a| Ok(s(serde_json::to_string(&to_json(arg(a, 0))).unwrap_or_default())));
    }
    add(m, "toPrettyJson", |a| Ok(s(serde_json::to_string_pretty(&to_json(arg(a, 0))).unwrap_or_default())));
    add(m, "fromJson", |a| {
        Ok(serde_json::from_str(&last(a)).map_or_else(|e| error_map(&e.to_string()), |v| from_json(&v)))
    });
    add(m, "fromJsonArray", |a| {
        Ok(serde_json::from_str(&last(a)).map_or_else(|e| error_list(&e.to_string()), |v| from_json(&v)))
    });
    for name in ["toYaml", "mustToYaml", "toYamlPretty"] {
        add(m, name, |a| Ok(s(to_yaml(&to_json(arg(a, 0))))));
    }
    add(m, "fromYaml", |a| Ok(from_yaml(&last(a), false)));
    add(m, "fromYamlArray", |a| Ok(from_yaml(&last(a), true)));

    add(m, "semverCompare", |a| semver::compare(&text(a, 0), &text(a, 1)).map(Value::Bool).map_err(fail));
    add(m, "semver", |a| semver::object(&text(a, 0)).map_err(fail));

    // Time and randomness: a render is reproducible, so these are fixed (Helm's differ per run).
    add(m, "now", |_| Ok(s("1970-01-01T00:00:00Z")));
    add(m, "date", |_| Ok(s("1970-01-01")));
    add(m, "dateInZone", |_| Ok(s("1970-01-01")));
    add(m, "htmlDate", |_| Ok(s("1970-01-01")));
    add(m, "uuidv4", |_| Ok(s("00000000-0000-4000-8000-000000000000")));
    for name in ["randAlphaNum", "randAlpha", "randNumeric", "randAscii"] {
        add(m, name, |a| Ok(s("x".repeat(to_i64(arg(a, 0)).clamp(0, 4096) as usize))));
    }
}

fn error_map(message: &str) -> Value {
    map_value([("Error", s(message))])
}

fn error_list(message: &str) -> Value {
    Value::List(Arc::from(vec![s(message)]))
}

/// Helm's `fromYaml`: the document as a map, or `{Error: ...}` (`fromYamlArray`: a list, or `[error]`).
fn from_yaml(text: &str, array: bool) -> Value {
    match crate::normalize::yaml_tree::parse_values(text) {
        Ok(docs) => {
            let value = docs.into_iter().next().unwrap_or(serde_json::Value::Null);
            match (&value, array) {
                (serde_json::Value::Array(_), true) | (serde_json::Value::Object(_), false) => from_json(&value),
                (serde_json::Value::Null, false) => map_value([]),
                (serde_json::Value::Null, true) => Value::List(Arc::from(Vec::new())),
                (_, false) => error_map("error unmarshaling JSON: cannot unmarshal into a map"),
                (_, true) => error_list("error unmarshaling JSON: cannot unmarshal into a list"),
            }
        }
        Err(e) if array => error_list(&e.message),
        Err(e) => error_map(&e.message),
    }
}

/// Go's type name of a value as Helm's data holds it.
fn type_of(value: &Value) -> &'static str {
    match value {
        Value::Nil => "<nil>",
        Value::Bool(_) => "bool",
        Value::Int(_) => "int",
        Value::Uint(_) => "uint64",
        Value::Float(_) => "float64",
        Value::String(_) => "string",
        Value::List(_) => "[]interface {}",
        Value::Map(_) => "map[string]interface {}",
        Value::Function(_) => "func",
    }
}

/// Go's `reflect.Kind` name of a value.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Nil => "invalid",
        Value::List(_) => "slice",
        Value::Map(_) => "map",
        Value::Function(_) => "func",
        other => type_of(other),
    }
}
