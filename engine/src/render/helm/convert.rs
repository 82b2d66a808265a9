//! Values between JSON (values files, Chart.yaml) and the template engine's `Value`, typed as Helm
//! types them: numbers read from YAML are Go's float64, and a whole float64 is written back as an
//! integer (as `encoding/json` writes it).

use std::collections::BTreeMap;
use std::sync::Arc;

use gotmpl::Value;
use serde_json::Value as Json;

/// A JSON value as template data (every number a float, as Helm reads values files).
pub fn from_json(value: &Json) -> Value {
    match value {
        Json::Null => Value::Nil,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => Value::Float(n.as_f64().unwrap_or_default()),
        Json::String(s) => Value::String(s.as_str().into()),
        Json::Array(items) => Value::List(items.iter().map(from_json).collect()),
        Json::Object(map) => map_value(map.iter().map(|(k, v)| (k.as_str(), from_json(v)))),
    }
}

/// A map value from entries.
pub fn map_value<'a>(entries: impl IntoIterator<Item = (&'a str, Value)>) -> Value {
    Value::Map(Arc::new(entries.into_iter().map(|(k, v)| (Arc::from(k), v)).collect()))
}

/// Template data as JSON (for `toJson`, `toYaml` and the merge of values).
pub fn to_json(value: &Value) -> Json {
    match value {
        Value::Nil | Value::Function(_) => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Int(i) => Json::from(*i),
        Value::Uint(u) => Json::from(*u),
        Value::Float(f) => float_json(*f),
        Value::String(s) => Json::String(s.to_string()),
        Value::List(items) => Json::Array(items.iter().map(to_json).collect()),
        Value::Map(map) => Json::Object(map.iter().map(|(k, v)| (k.to_string(), to_json(v))).collect()),
    }
}

/// A float as JSON: whole values as integers, as Go's encoder writes float64.
fn float_json(f: f64) -> Json {
    if f.fract() == 0.0 && f.abs() < 9.007_199_254_740_992e15 {
        Json::from(f as i64)
    } else {
        serde_json::Number::from_f64(f).map_or(Json::Null, Json::Number)
    }
}

/// The map inside a value (an empty one for anything else).
pub fn as_map(value: &Value) -> BTreeMap<Arc<str>, Value> {
    match value {
        Value::Map(map) => (**map).clone(),
        _ => BTreeMap::new(),
    }
}

/// The items of a list value (none for anything else; nil is an empty list).
pub fn as_list(value: &Value) -> Vec<Value> {
    match value {
        Value::List(items) => items.to_vec(),
        _ => Vec::new(),
    }
}

/// A value as Go's `fmt.Sprint` prints it (strings bare).
pub fn to_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.to_string(),
        Value::Nil => String::new(),
        other => other.to_string(),
    }
}

/// Whether a value is Sprig's "empty": nil, false, zero, "", and empty lists and maps.
pub fn is_empty(value: &Value) -> bool {
    !value.is_truthy()
}

/// A number from any numeric value or numeric string (Sprig's `toFloat64`/`toInt64` casts).
pub fn to_f64(value: &Value) -> f64 {
    match value {
        Value::Int(i) => *i as f64,
        Value::Uint(u) => *u as f64,
        Value::Float(f) => *f,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::String(s) => s.trim().parse().unwrap_or_default(),
        _ => 0.0,
    }
}

/// An integer as Sprig's `toInt64` casts (floats truncated, strings parsed).
pub fn to_i64(value: &Value) -> i64 {
    match value {
        Value::Int(i) => *i,
        Value::Uint(u) => *u as i64,
        Value::String(s) => {
            s.trim().parse::<i64>().unwrap_or_else(|_| s.trim().parse::<f64>().unwrap_or_default() as i64)
        }
        other => to_f64(other) as i64,
    }
}
