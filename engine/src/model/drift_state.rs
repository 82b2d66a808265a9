//! A resource's drift state as rules see it (`input.drift`, `input.live`): where it stands against
//! the live snapshots, what changed, and, for a live entry, the declared resource it matched. The
//! drift stage computes it (`drift::state`); resources and reports carry it.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// Where a resource stands against the live snapshots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DriftStatus {
    InSync,
    Changed,
    Missing,
    Unmanaged,
}

impl DriftStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            DriftStatus::InSync => "in_sync",
            DriftStatus::Changed => "changed",
            DriftStatus::Missing => "missing",
            DriftStatus::Unmanaged => "unmanaged",
        }
    }
}

/// One changed attribute, as rules see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub attribute: String,
    pub desired: Value,
    pub live: Value,
}

/// The declared resource a live snapshot entry matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeRef {
    pub address: String,
    pub file: String,
    pub line: usize,
}

/// The drift state of one resource.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DriftState {
    pub status: DriftStatus,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// The live values (none for a missing resource).
    pub live: Option<Value>,
    /// Whether this resource is a live snapshot entry (not the code).
    pub is_live_entry: bool,
    /// For a live entry: the declared resource it matched.
    pub code: Option<CodeRef>,
    /// Left out by the drift ignore file: drift rules do not judge it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ignored: bool,
}

impl DriftState {
    /// What `input.drift` holds.
    pub fn to_input(&self) -> Value {
        json!({ "status": self.status.as_str(), "changes": self.changes, "live_entry": self.is_live_entry })
    }

    /// Whether drift rules judge this resource: every declared resource, and live entries only when
    /// nothing declares them (a matched entry's drift is judged on its declared resource).
    pub fn judged_by_drift_rules(&self) -> bool {
        !self.ignored && (!self.is_live_entry || self.status == DriftStatus::Unmanaged)
    }
}
