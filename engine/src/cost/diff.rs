//! The cost of a change: resources added, removed and changed between the base's estimate and the
//! head's, each with before, after and delta, and the total delta.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{CostReport, round};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delta {
    pub address: String,
    #[serde(rename = "type")]
    pub resource_type: String,
    pub before: f64,
    pub after: f64,
    pub delta: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostDiff {
    pub added: Vec<Delta>,
    pub removed: Vec<Delta>,
    pub changed: Vec<Delta>,
    pub total_before: f64,
    pub total_after: f64,
    pub total_delta: f64,
}

impl CostDiff {
    /// Every entry with its kind (`added`, `removed`, `changed`), in that order.
    pub fn rows(&self) -> impl Iterator<Item = (&'static str, &Delta)> {
        let kinds = [("added", &self.added), ("removed", &self.removed), ("changed", &self.changed)];
        kinds.into_iter().flat_map(|(what, list)| list.iter().map(move |x| (what, x)))
    }
}

/// Compares two estimates by resource address.
pub fn diff(base: &CostReport, head: &CostReport) -> CostDiff {
    let before: BTreeMap<&str, (&str, f64)> =
        base.resources.iter().map(|r| (r.address.as_str(), (r.resource_type.as_str(), r.monthly))).collect();
    let after: BTreeMap<&str, (&str, f64)> =
        head.resources.iter().map(|r| (r.address.as_str(), (r.resource_type.as_str(), r.monthly))).collect();
    let delta = |address: &str, resource_type: &str, b: f64, a: f64| Delta {
        address: address.into(),
        resource_type: resource_type.into(),
        before: b,
        after: a,
        delta: round(a - b),
    };
    let mut out = CostDiff {
        added: Vec::new(),
        removed: Vec::new(),
        changed: Vec::new(),
        total_before: base.total_monthly,
        total_after: head.total_monthly,
        total_delta: round(head.total_monthly - base.total_monthly),
    };
    for (address, (resource_type, a)) in &after {
        match before.get(address) {
            None => out.added.push(delta(address, resource_type, 0.0, *a)),
            Some((_, b)) if (b - a).abs() >= 0.005 => out.changed.push(delta(address, resource_type, *b, *a)),
            Some(_) => {}
        }
    }
    for (address, (resource_type, b)) in &before {
        if !after.contains_key(address) {
            out.removed.push(delta(address, resource_type, *b, 0.0));
        }
    }
    out
}
