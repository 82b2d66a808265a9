//! Terraform values as the evaluator holds them: JSON-like, plus `Unknown` (with why it is unknown).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value;

/// Why a value is not known before `terraform apply`, or to tollgate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Why {
    /// An attribute the provider computes (`id`, `arn`), or a data source's result.
    Computed,
    /// A function tollgate does not implement.
    UnsupportedFunction,
    /// A value that changes each run (`timestamp()`, `uuid()`).
    Impure,
    /// An output of a module whose source is not on disk (registry or git, not downloaded).
    RemoteModule,
    /// A root variable with no default and no value given.
    MissingVariable,
    /// An expression that failed (the error is reported at its location).
    Error,
    /// Values that depend on each other.
    Cycle,
    /// A file read by `file()` or `templatefile()` that is not in the repository (built or generated).
    MissingFile,
}

impl Why {
    pub fn as_str(self) -> &'static str {
        match self {
            Why::Computed => "computed",
            Why::UnsupportedFunction => "unsupported_function",
            Why::Impure => "impure_function",
            Why::RemoteModule => "remote_module",
            Why::MissingVariable => "missing_variable",
            Why::Error => "error",
            Why::Cycle => "cycle",
            Why::MissingFile => "missing_file",
        }
    }
}

/// A Terraform value. Lists, tuples and sets are `List`; maps and objects are `Map` (sorted keys, as
/// Terraform sorts them).
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    List(Vec<Val>),
    Map(BTreeMap<String, Val>),
    Unknown(Why),
}

impl Val {
    pub fn str(s: impl Into<String>) -> Val {
        Val::String(s.into())
    }

    /// The first reason something in this value (at any depth) is unknown.
    pub fn unknown_reason(&self) -> Option<Why> {
        match self {
            Val::Unknown(why) => Some(*why),
            Val::List(items) => items.iter().find_map(Val::unknown_reason),
            Val::Map(map) => map.values().find_map(Val::unknown_reason),
            _ => None,
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Val::Unknown(_))
    }

    /// Terraform's type name, as `type()` prints it (collections simplified).
    pub fn type_name(&self) -> &'static str {
        match self {
            Val::Null => "null",
            Val::Bool(_) => "bool",
            Val::Number(_) => "number",
            Val::String(_) => "string",
            Val::List(_) => "tuple",
            Val::Map(_) => "object",
            Val::Unknown(_) => "dynamic",
        }
    }

    /// The value as a string where Terraform converts it implicitly (numbers and bools).
    pub fn as_string(&self) -> Result<String, String> {
        match self {
            Val::String(s) => Ok(s.clone()),
            Val::Number(n) => Ok(number_text(*n)),
            Val::Bool(b) => Ok(b.to_string()),
            Val::Null => Err("a null value cannot be used as a string".into()),
            other => Err(format!("a {} cannot be used as a string", other.type_name())),
        }
    }

    pub fn as_number(&self) -> Result<f64, String> {
        match self {
            Val::Number(n) => Ok(*n),
            Val::String(s) => s.trim().parse::<f64>().map_err(|_| format!("\"{s}\" is not a number")),
            other => Err(format!("a {} cannot be used as a number", other.type_name())),
        }
    }

    pub fn as_bool(&self) -> Result<bool, String> {
        match self {
            Val::Bool(b) => Ok(*b),
            Val::String(s) if s == "true" => Ok(true),
            Val::String(s) if s == "false" => Ok(false),
            other => Err(format!("a {} cannot be used as a bool", other.type_name())),
        }
    }

    /// The elements of a list, or the values of a map (Terraform iterates maps by sorted key).
    pub fn elements(&self) -> Result<Vec<Val>, String> {
        match self {
            Val::List(items) => Ok(items.clone()),
            Val::Map(map) => Ok(map.iter().filter(|(k, _)| *k != OPEN).map(|(_, v)| v.clone()).collect()),
            other => Err(format!("a {} is not a collection", other.type_name())),
        }
    }

    /// From JSON (tfvars.json, `jsondecode`).
    pub fn from_json(value: &Value) -> Val {
        match value {
            Value::Null => Val::Null,
            Value::Bool(b) => Val::Bool(*b),
            Value::Number(n) => Val::Number(n.as_f64().unwrap_or(0.0)),
            Value::String(s) => Val::String(s.clone()),
            Value::Array(items) => Val::List(items.iter().map(Val::from_json).collect()),
            Value::Object(map) => Val::Map(map.iter().map(|(k, v)| (k.clone(), Val::from_json(v))).collect()),
        }
    }

    /// To JSON; unknown parts become `null` in lists and are left out of maps, and their paths (below
    /// `path`) are appended to `unknown`.
    pub fn to_json(&self, path: &str, unknown: &mut Vec<(String, Why)>) -> Option<Value> {
        Some(match self {
            Val::Null => Value::Null,
            Val::Bool(b) => Value::Bool(*b),
            Val::Number(n) => number_json(*n),
            Val::String(s) => Value::String(s.clone()),
            Val::List(items) => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| v.to_json(&format!("{path}[{i}]"), unknown).unwrap_or(Value::Null))
                    .collect(),
            ),
            Val::Map(map) => Value::Object(
                map.iter()
                    .filter(|(k, _)| *k != OPEN)
                    .filter_map(|(k, v)| {
                        let child = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                        v.to_json(&child, unknown).map(|v| (k.clone(), v))
                    })
                    .collect(),
            ),
            Val::Unknown(why) => {
                unknown.push((path.to_owned(), *why));
                return None;
            }
        })
    }

    /// JSON with unknowns as `null` (for `jsonencode` of known values and for error messages).
    pub fn to_plain_json(&self) -> Value {
        self.to_json("", &mut Vec::new()).unwrap_or(Value::Null)
    }
}

/// A key marking an object whose missing attributes are computed by the provider (a resource, or a
/// nested block of one): reading one is unknown, where reading a missing key of other objects is an
/// error. It is never iterated, counted or printed.
pub const OPEN: &str = "\u{1}computed";

/// Marks every object in a resource's value as open (see `OPEN`).
pub fn open(value: Val) -> Val {
    match value {
        Val::Map(map) => {
            let mut map: BTreeMap<String, Val> = map.into_iter().map(|(k, v)| (k, open(v))).collect();
            map.insert(OPEN.to_owned(), Val::Null);
            Val::Map(map)
        }
        Val::List(items) => Val::List(items.into_iter().map(open).collect()),
        other => other,
    }
}

/// A map without the `OPEN` marker.
pub fn closed(mut map: BTreeMap<String, Val>) -> BTreeMap<String, Val> {
    map.remove(OPEN);
    map
}

/// A number as JSON: integral values as integers.
pub fn number_json(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

/// A number as Terraform prints it (`3`, `2.5`).
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        format!("{}", n as i64)
    } else {
        let mut s = String::new();
        let _ = write!(s, "{n}");
        s
    }
}

impl From<&hcl::Number> for Val {
    fn from(n: &hcl::Number) -> Val {
        Val::Number(n.as_f64().unwrap_or(0.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_parts_are_left_out_and_listed() {
        let v = Val::Map(BTreeMap::from([
            ("a".into(), Val::List(vec![Val::str("x"), Val::Unknown(Why::Computed)])),
            ("b".into(), Val::Unknown(Why::MissingVariable)),
            ("c".into(), Val::Number(2.0)),
        ]));
        let mut unknown = Vec::new();
        let json = v.to_json("", &mut unknown).unwrap();
        assert_eq!(json, serde_json::json!({"a": ["x", null], "c": 2}));
        assert_eq!(unknown, [("a[1]".to_owned(), Why::Computed), ("b".to_owned(), Why::MissingVariable)]);
        assert_eq!(number_text(2.5), "2.5");
    }
}

/// Counts for the honesty report.
#[derive(Debug, Default, Clone)]
pub struct Counts {
    pub expressions: usize,
    pub unknown: BTreeMap<Why, usize>,
}
