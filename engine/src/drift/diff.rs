//! Attribute-level differences between a declared resource and its live values. Only what the
//! configuration sets is compared: computed and provider-defaulted attributes are not drift, nor are
//! attributes whose declared value is unknown before apply. Terraform lists compare as sets (most
//! provider lists are); Kubernetes lists keep their order, and the API server's additions are not drift.
//! `null` against an empty string, list or map (as Terraform records an unset `tags` once as `null`,
//! once as `{}`) is drift only with `strict_empty`, at every depth; otherwise it is set aside and
//! counted as cosmetic, never dropped unseen.

use serde_json::Value;

use crate::model::resource::{Kind, Resource, child_path, index_path, path_within};

/// One differing attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub path: String,
    pub desired: Value,
    pub live: Value,
}

struct Walk<'a> {
    unknown: &'a [String],
    strict_empty: bool,
    /// Terraform: lists as sets, maps compared whole. Kubernetes: ordered lists, live extras allowed.
    terraform: bool,
    out: Vec<Difference>,
    /// Null-versus-empty differences set aside (without `strict_empty`).
    cosmetic: usize,
}

/// What comparing one resource gave: the differences, and how many null-versus-empty ones were set
/// aside as cosmetic.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Compared {
    pub differences: Vec<Difference>,
    pub cosmetic: usize,
}

/// The differences of `resource` (declared) against `live` values.
pub fn differences(resource: &Resource, live: &Value, strict_empty: bool) -> Compared {
    let mut walk = Walk {
        unknown: &resource.unknown,
        strict_empty,
        terraform: resource.kind != Kind::Kubernetes,
        out: Vec::new(),
        cosmetic: 0,
    };
    walk.value("", &resource.values, live);
    Compared { differences: walk.out, cosmetic: walk.cosmetic }
}

/// `null` on one side and an empty string, list or map on the other.
fn null_against_empty(a: &Value, b: &Value) -> bool {
    (a.is_null() && is_empty(b) && !b.is_null()) || (b.is_null() && is_empty(a) && !a.is_null())
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

/// Scalars equal as Terraform sees them: `80` and `"80"`, `true` and `"true"` are the same value.
fn scalar_equal(a: &Value, b: &Value) -> bool {
    a == b
        || match (a, b) {
            (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
            (Value::String(s), other @ (Value::Number(_) | Value::Bool(_)))
            | (other @ (Value::Number(_) | Value::Bool(_)), Value::String(s)) => {
                s.as_str() == other.to_string().as_str()
            }
            _ => false,
        }
}

impl Walk<'_> {
    fn is_unknown(&self, path: &str) -> bool {
        self.unknown.iter().any(|u| path_within(path, u))
    }

    fn differs(&mut self, path: &str, desired: &Value, live: &Value) {
        self.out.push(Difference { path: path.to_owned(), desired: desired.clone(), live: live.clone() });
    }

    fn value(&mut self, path: &str, desired: &Value, live: &Value) {
        if self.is_unknown(path) {
            return;
        }
        if null_against_empty(desired, live) {
            // A declared `null` against a live empty value, or the reverse: drift only when asked.
            if self.strict_empty {
                self.differs(path, desired, live);
            } else {
                self.cosmetic += 1;
            }
            return;
        }
        // An attribute declared null is not set: what the provider computes or defaults is not drift.
        if desired.is_null() {
            return;
        }
        if !self.strict_empty && is_empty(desired) && is_empty(live) {
            return;
        }
        match (desired, live) {
            (Value::Object(d), Value::Object(l)) => {
                for (key, value) in d {
                    // A snapshot that does not hold a top-level attribute at all (AWS Config, Cloud Asset
                    // Inventory, a partial tollgate snapshot) says nothing about it; state holds every one.
                    if path.is_empty() && self.terraform && !l.contains_key(key) {
                        continue;
                    }
                    self.value(&child_path(path, key), value, l.get(key).unwrap_or(&Value::Null));
                }
                // A map set in Terraform (tags, labels) is the whole map: a key added live is drift. A
                // block (an element of a list) is not a map: its other attributes are computed or defaulted.
                let is_map = !path.is_empty() && !path.ends_with(']');
                if self.terraform && is_map && d.values().all(|v| !v.is_object() && !v.is_array()) {
                    for (key, value) in l.iter().filter(|(key, value)| !d.contains_key(*key) && !value.is_null()) {
                        if !is_empty(value) || self.strict_empty {
                            self.differs(&child_path(path, key), &Value::Null, value);
                        } else {
                            self.cosmetic += 1;
                        }
                    }
                }
            }
            // A block written once: compare inside it for precise paths.
            (Value::Array(d), Value::Array(l)) if d.len() == 1 && l.len() == 1 => {
                self.value(&index_path(path, 0), &d[0], &l[0]);
            }
            (Value::Array(d), Value::Array(l)) if !self.terraform => {
                for (i, value) in d.iter().enumerate() {
                    self.value(&index_path(path, i), value, l.get(i).unwrap_or(&Value::Null));
                }
            }
            (Value::Array(d), Value::Array(l)) => {
                // As sets: every declared element has a live one containing it, and no live extra.
                let mut used = vec![false; l.len()];
                let all_found = d.iter().all(|element| {
                    let found =
                        l.iter().enumerate().position(|(i, candidate)| !used[i] && self.contains(element, candidate));
                    found.map(|i| used[i] = true).is_some()
                });
                if !all_found || used.iter().any(|u| !u) {
                    self.differs(path, desired, live);
                }
            }
            (Value::Object(_) | Value::Array(_), _) | (_, Value::Object(_) | Value::Array(_)) => {
                self.differs(path, desired, live)
            }
            _ if scalar_equal(desired, live) => {}
            _ => self.differs(path, desired, live),
        }
    }

    /// Whether `live` holds everything `desired` sets (the set-element comparison).
    fn contains(&self, desired: &Value, live: &Value) -> bool {
        match (desired, live) {
            (Value::Null, live) if self.strict_empty && is_empty(live) && !live.is_null() => false,
            (Value::Null, _) => true,
            (Value::Object(d), Value::Object(l)) => {
                d.iter().all(|(k, v)| self.contains(v, l.get(k).unwrap_or(&Value::Null)))
            }
            (Value::Array(d), Value::Array(l)) => {
                d.len() == l.len() && d.iter().all(|e| l.iter().any(|c| self.contains(e, c)))
            }
            _ if !self.strict_empty && is_empty(desired) && is_empty(live) => true,
            _ => scalar_equal(desired, live),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::model::resource::Location;

    fn resource(kind: Kind, values: Value, unknown: &[&str]) -> Resource {
        Resource {
            address: "x.y".into(),
            resource_type: "x".into(),
            kind,
            provider: "aws".into(),
            values,
            unknown: unknown.iter().map(|s| (*s).to_owned()).collect(),
            references: Default::default(),
            file: "main.tf".into(),
            location: Location { line: 1, column: 1, end_line: 1 },
            attributes: Default::default(),
            identity: String::new(),
            inline_ignores: Vec::new(),
            module_calls: Vec::new(),
            drift: None,
            cost: None,
            origins: Default::default(),
        }
    }

    fn paths(kind: Kind, desired: Value, live: Value, unknown: &[&str]) -> Vec<String> {
        differences(&resource(kind, desired, unknown), &live, false).differences.into_iter().map(|d| d.path).collect()
    }

    #[test]
    fn null_against_empty_is_drift_only_when_strict_and_counted_otherwise() {
        let desired =
            json!({"tags": null, "labels": {"a": "1"}, "ebs": [{"tags": null, "size": 8}], "cidrs": null, "name": ""});
        let live = json!({"tags": {}, "labels": {"a": "1", "b": ""}, "ebs": [{"tags": {}, "size": 8}], "cidrs": [], "name": null});
        let lenient = differences(&resource(Kind::Terraform, desired.clone(), &[]), &live, false);
        assert!(lenient.differences.is_empty(), "{lenient:?}");
        assert_eq!(lenient.cosmetic, 5, "tags, labels.b, ebs[0].tags, cidrs, name");
        let strict = differences(&resource(Kind::Terraform, desired, &[]), &live, true);
        let found: Vec<&str> = strict.differences.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(found, ["tags", "labels.b", "ebs[0].tags", "cidrs", "name"]);
        assert_eq!(strict.cosmetic, 0);
    }

    #[test]
    fn only_declared_attributes_count_and_sets_ignore_order() {
        let desired = json!({"acl": "private", "port": 80, "cidrs": ["a", "b"], "tags": {"env": "prod"}, "arn": null});
        let live = json!({"acl": "private", "port": "80", "cidrs": ["b", "a"], "tags": {"env": "prod"}, "id": "i-1", "arn": "arn:x"});
        assert!(paths(Kind::Terraform, desired.clone(), live, &[]).is_empty());
        let live = json!({"acl": "public-read", "port": 80, "cidrs": ["a"], "tags": {"env": "prod", "owner": "bob"}});
        assert_eq!(paths(Kind::Terraform, desired.clone(), live.clone(), &[]), vec!["acl", "cidrs", "tags.owner"]);
        assert_eq!(paths(Kind::Terraform, desired, live, &["acl"]), vec!["cidrs", "tags.owner"]);
    }

    #[test]
    fn single_blocks_recurse_and_empty_equals_null_unless_strict() {
        let desired = json!({"versioning": [{"enabled": true}], "policy": ""});
        let live = json!({"versioning": [{"enabled": false, "mfa_delete": false}], "policy": null});
        assert_eq!(paths(Kind::Terraform, desired.clone(), live.clone(), &[]), vec!["versioning[0].enabled"]);
        let strict = differences(&resource(Kind::Terraform, desired, &[]), &live, true);
        assert_eq!(strict.differences.len(), 2);
    }

    #[test]
    fn kubernetes_lists_keep_order_and_server_additions_are_not_drift() {
        let desired = json!({"metadata": {"labels": {"app": "web"}}, "spec": {"replicas": 2, "args": ["a", "b"]}});
        let live = json!({"metadata": {"labels": {"app": "web", "pod-template-hash": "x"}, "uid": "u"}, "spec": {"replicas": 3, "args": ["b", "a"]}});
        assert_eq!(paths(Kind::Kubernetes, desired, live, &[]), vec!["spec.replicas", "spec.args[0]", "spec.args[1]"]);
    }
}
