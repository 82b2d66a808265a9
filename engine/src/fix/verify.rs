//! Verifying fixes before anyone sees them: the edits apply, every edited file parses, a re-run on the
//! edited copy (in memory) no longer has the targeted differences and has nothing the first run did not.

use std::collections::{BTreeMap, BTreeSet};

use super::drift_fix::{DriftFix, entry_keys};
use super::{FixStatus, TextEdit, apply_all};
use crate::drift::DriftReport;

/// Re-runs the comparison with some files' text replaced (display path to new text).
pub type Rescan<'a> = dyn Fn(&BTreeMap<String, String>) -> Result<DriftReport, String> + 'a;

/// Checks a set of fixes together; the reason when they fail.
fn check(
    fixes: &[&DriftFix],
    originals: &BTreeMap<String, Option<String>>,
    before: &BTreeSet<String>,
    rescan: &Rescan<'_>,
) -> Result<BTreeMap<String, String>, String> {
    let edits: Vec<&TextEdit> = fixes.iter().flat_map(|f| &f.edits).collect();
    let edited = apply_all(originals, &edits)?;
    for (file, text) in &edited {
        if file.ends_with(".tf") {
            hcl::edit::parser::parse_body(text).map_err(|e| format!("{file} would not parse: {e}"))?;
        }
    }
    let report = rescan(&edited)?;
    if let Some(error) = report.errors.first() {
        return Err(format!("{}:{}: {}", error.file, error.line, error.message));
    }
    let after = entry_keys(&report);
    let targets: BTreeSet<&String> = fixes.iter().flat_map(|f| &f.targets).collect();
    if let Some(left) = targets.iter().find(|t| after.contains(**t)) {
        return Err(format!("the difference is still there after the edit ({left})"));
    }
    if let Some(new) = after.difference(before).next() {
        return Err(format!("the edit brings a new difference ({new})"));
    }
    Ok(edited)
}

/// Verifies every fix that has edits: all together first; when that fails, one at a time, each on top
/// of those already verified. Returns the edited texts of the verified fixes.
pub fn verify(
    fixes: &mut [DriftFix],
    originals: &BTreeMap<String, Option<String>>,
    before: &DriftReport,
    rescan: &Rescan<'_>,
) -> BTreeMap<String, String> {
    let before = entry_keys(before);
    let candidates: Vec<usize> = (0..fixes.len()).filter(|i| fixes[*i].status != FixStatus::Declined).collect();
    if candidates.is_empty() {
        return BTreeMap::new();
    }
    let all: Vec<&DriftFix> = candidates.iter().map(|i| &fixes[*i]).collect();
    if let Ok(edited) = check(&all, originals, &before, rescan) {
        candidates.iter().for_each(|i| fixes[*i].status = FixStatus::Verified);
        return edited;
    }
    let mut accepted: Vec<usize> = Vec::new();
    let mut edited = BTreeMap::new();
    for i in candidates {
        let trial: Vec<&DriftFix> = accepted.iter().chain([&i]).map(|j| &fixes[*j]).collect();
        match check(&trial, originals, &before, rescan) {
            Ok(texts) => {
                edited = texts;
                accepted.push(i);
                fixes[i].status = FixStatus::Verified;
            }
            Err(reason) => {
                fixes[i].status = FixStatus::Unverified;
                fixes[i].reason = Some(reason);
            }
        }
    }
    edited
}
