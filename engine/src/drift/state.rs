//! A resource's drift state as rules see it (`input.drift`, `input.live`): computed from a drift report
//! and attached to declared resources and to live snapshot entries.

use std::collections::{HashMap, HashSet};

use super::DriftReport;
use crate::model::resource::Resource;

pub use crate::model::drift_state::{Change, CodeRef, DriftState, DriftStatus};

/// The drift states of declared resources (by index), from a report over them: missing, changed (with
/// its non-ignored changes) or in sync, with the matched live values (for resources in sync only when
/// `live_in_sync`: copying every live value doubles the memory of a large estate).
pub fn declared_states(
    desired: &[Resource],
    live: &[Resource],
    by_desired: &[Option<usize>],
    report: &DriftReport,
    live_in_sync: bool,
) -> Vec<DriftState> {
    let missing: HashSet<(&str, &str)> = report.missing.iter().map(|m| (m.address.as_str(), m.file.as_str())).collect();
    let mut changes: HashMap<(&str, &str), Vec<Change>> = HashMap::new();
    for c in &report.changed {
        changes.entry((c.address.as_str(), c.file.as_str())).or_default().push(Change {
            attribute: c.attribute.clone(),
            desired: c.desired.clone(),
            live: c.live.clone(),
        });
    }
    desired
        .iter()
        .zip(by_desired)
        .map(|(resource, matched)| {
            let Some(l) = matched else {
                return DriftState {
                    status: DriftStatus::Missing,
                    changes: Vec::new(),
                    live: None,
                    is_live_entry: false,
                    code: None,
                    ignored: !missing.contains(&(resource.address.as_str(), resource.file.as_str())),
                };
            };
            let found = changes.remove(&(resource.address.as_str(), resource.file.as_str())).unwrap_or_default();
            let status = if found.is_empty() { DriftStatus::InSync } else { DriftStatus::Changed };
            DriftState {
                live: (live_in_sync || status == DriftStatus::Changed).then(|| live[*l].values.clone()),
                status,
                changes: found,
                is_live_entry: false,
                code: None,
                ignored: false,
            }
        })
        .collect()
}

/// The drift states of live entries: matched ones point at their declared resource; unmanaged ones the
/// report left out are ignored.
pub fn live_states(
    desired: &[Resource],
    live: &[Resource],
    by_desired: &[Option<usize>],
    declared: &[DriftState],
    report: &DriftReport,
) -> Vec<DriftState> {
    let unmanaged: HashSet<(&str, &str, usize)> =
        report.unmanaged.iter().map(|u| (u.address.as_str(), u.snapshot.as_str(), u.snapshot_line)).collect();
    let mut states: Vec<DriftState> = live
        .iter()
        .map(|resource| DriftState {
            status: DriftStatus::Unmanaged,
            changes: Vec::new(),
            live: None,
            is_live_entry: true,
            code: None,
            ignored: !unmanaged.contains(&(resource.address.as_str(), resource.file.as_str(), resource.location.line)),
        })
        .collect();
    for (d, matched) in by_desired.iter().enumerate() {
        if let Some(l) = matched {
            let resource = &desired[d];
            states[*l].status = declared[d].status;
            states[*l].ignored = false;
            states[*l].code = Some(CodeRef {
                address: resource.address.clone(),
                file: resource.file.clone(),
                line: resource.location.line,
            });
        }
    }
    states
}
