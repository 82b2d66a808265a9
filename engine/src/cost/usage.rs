//! Usage for usage-priced components, in Infracost's `infracost-usage.yml` format (`version: 0.1`,
//! `resource_usage` by address, `resource_type_default_usage` by type). Keys no estimator asked for
//! are reported by name, so a typo does not silently price at zero.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use serde_json::Value;

use crate::normalize::yaml_tree::parse_values;

#[derive(Debug, Default)]
pub struct Usage {
    by_address: BTreeMap<String, BTreeMap<String, f64>>,
    by_type: BTreeMap<String, BTreeMap<String, f64>>,
    /// `address key` pairs an estimator read.
    used: Mutex<BTreeSet<(String, String)>>,
}

/// A usage file that cannot be read: where and why.
#[derive(Debug, Clone, PartialEq)]
pub struct UsageError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

fn numbers(value: &Value, at: &str) -> Result<BTreeMap<String, BTreeMap<String, f64>>, UsageError> {
    let mut out = BTreeMap::new();
    let Some(map) = value.as_object() else { return Ok(out) };
    for (name, keys) in map {
        let keys = keys.as_object().ok_or_else(|| UsageError {
            line: 0,
            column: 0,
            message: format!("{at}.{name} must map usage keys to numbers"),
        })?;
        let mut entry = BTreeMap::new();
        flatten(keys, "", &format!("{at}.{name}"), &mut entry)?;
        out.insert(name.clone(), entry);
    }
    Ok(out)
}

/// Usage keys, nested ones joined with dots (Infracost's `standard: {storage_gb: 100}` is
/// `standard.storage_gb`).
fn flatten(
    keys: &serde_json::Map<String, Value>,
    prefix: &str,
    at: &str,
    out: &mut BTreeMap<String, f64>,
) -> Result<(), UsageError> {
    for (key, value) in keys {
        let name = format!("{prefix}{key}");
        match value {
            Value::Object(nested) => flatten(nested, &format!("{name}."), at, out)?,
            _ => {
                let number = value.as_f64().ok_or_else(|| UsageError {
                    line: 0,
                    column: 0,
                    message: format!("{at}.{name} must be a number, not {value}"),
                })?;
                out.insert(name, number);
            }
        }
    }
    Ok(())
}

impl Usage {
    pub fn parse(text: &str) -> Result<Usage, UsageError> {
        let docs = parse_values(text).map_err(|e| UsageError {
            line: e.position.line,
            column: e.position.column,
            message: e.message.clone(),
        })?;
        let doc = docs.into_iter().next().unwrap_or(Value::Null);
        if !doc.is_object() && !doc.is_null() {
            return Err(UsageError { line: 1, column: 1, message: "a usage file is a mapping".into() });
        }
        Ok(Usage {
            by_address: numbers(&doc["resource_usage"], "resource_usage")?,
            by_type: numbers(&doc["resource_type_default_usage"], "resource_type_default_usage")?,
            used: Mutex::default(),
        })
    }

    /// The usage `key` of a resource (by address; for `name[0]`, also `name[*]`), else its type's default.
    pub fn get(&self, address: &str, resource_type: &str, key: &str) -> Option<f64> {
        let wildcard = address.rfind('[').map(|i| format!("{}[*]", &address[..i]));
        let value = [Some(address.to_owned()), wildcard]
            .into_iter()
            .flatten()
            .find_map(|a| self.by_address.get(&a).and_then(|m| m.get(key)).map(|v| (a, *v)))
            .or_else(|| {
                self.by_type.get(resource_type).and_then(|m| m.get(key)).map(|v| (resource_type.to_owned(), *v))
            });
        value.map(|(name, v)| {
            if let Ok(mut used) = self.used.lock() {
                used.insert((name, key.to_owned()));
            }
            v
        })
    }

    /// Keys of the file that no estimator read, as `address.key`.
    pub fn unused(&self) -> Vec<String> {
        let used = self.used.lock().map(|u| u.clone()).unwrap_or_default();
        self.by_address
            .iter()
            .chain(&self.by_type)
            .flat_map(|(name, keys)| keys.keys().map(move |k| (name.clone(), k.clone())))
            .filter(|pair| !used.contains(pair))
            .map(|(name, key)| format!("{name}.{key}"))
            .collect()
    }
}
