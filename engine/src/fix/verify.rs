//! Verifying fixes before anyone sees them: the edits apply, every edited file parses, and a re-run
//! on the edited copy (in memory) no longer has what the fixes target and has nothing the first run
//! did not. Drift fixes and rule fixes are verified alike.

use crate::normalize::terraform::parse::parse_lenient;
use std::collections::{BTreeMap, BTreeSet};

use super::{FixStatus, TextEdit, apply_all};

/// A fix as verification sees it: its edits, the keys of what it answers, where it stands.
pub trait Verifiable {
    fn edits(&self) -> &[TextEdit];
    /// Keys (as the re-run gives them) that must be gone after the edit.
    fn targets(&self) -> &[String];
    fn status(&self) -> FixStatus;
    fn settle(&mut self, status: FixStatus, reason: Option<String>);
}

/// `Verifiable` for a fix type with `edits`, `status` and `reason` fields and its targets in `$targets`.
macro_rules! verifiable {
    ($type:ty, $targets:ident) => {
        impl $crate::fix::verify::Verifiable for $type {
            fn edits(&self) -> &[$crate::fix::TextEdit] {
                &self.edits
            }
            fn targets(&self) -> &[String] {
                &self.$targets
            }
            fn status(&self) -> $crate::fix::FixStatus {
                self.status
            }
            fn settle(&mut self, status: $crate::fix::FixStatus, reason: Option<String>) {
                self.status = status;
                if reason.is_some() {
                    self.reason = reason;
                }
            }
        }
    };
}
pub(crate) use verifiable;

/// Re-runs with some files' text replaced (display path to new text): the keys of what it finds.
pub type Rescan<'a> = dyn Fn(&BTreeMap<String, String>) -> Result<BTreeSet<String>, String> + 'a;

/// Checks a set of fixes together; the edited texts, or the reason they fail.
fn check<F: Verifiable>(
    fixes: &[&F],
    originals: &BTreeMap<String, Option<String>>,
    before: &BTreeSet<String>,
    rescan: &Rescan<'_>,
) -> Result<BTreeMap<String, String>, String> {
    let edits: Vec<&TextEdit> = fixes.iter().flat_map(|f| f.edits()).collect();
    let edited = apply_all(originals, &edits)?;
    for (file, text) in &edited {
        if file.ends_with(".tf") {
            parse_lenient(text)
                .map_err(|e| format!("{file}:{}:{} would not parse: {}", e.line, e.column, e.message))?;
        }
    }
    let after = rescan(&edited)?;
    let targets: BTreeSet<&String> = fixes.iter().flat_map(|f| f.targets()).collect();
    if let Some(left) = targets.iter().find(|t| after.contains(**t)) {
        return Err(format!("still there after the edit ({left})"));
    }
    if let Some(new) = after.difference(before).next() {
        return Err(format!("the edit brings something new ({new})"));
    }
    Ok(edited)
}

/// Verifies every fix that is not declined: all together first; when that fails, the set is halved
/// and each half checked on top of what is already verified, down to the single fixes that fail (a few
/// failures among hundreds of fixes cost a few re-checks each, not one per fix). Returns the edited
/// texts of the verified fixes.
pub fn verify<F: Verifiable>(
    fixes: &mut [F],
    originals: &BTreeMap<String, Option<String>>,
    before: &BTreeSet<String>,
    rescan: &Rescan<'_>,
) -> BTreeMap<String, String> {
    let candidates: Vec<usize> = (0..fixes.len()).filter(|i| fixes[*i].status() != FixStatus::Declined).collect();
    let mut accepted = Vec::new();
    let mut edited = BTreeMap::new();
    settle(fixes, &candidates, &mut accepted, &mut edited, originals, before, rescan);
    edited
}

fn settle<F: Verifiable>(
    fixes: &mut [F],
    group: &[usize],
    accepted: &mut Vec<usize>,
    edited: &mut BTreeMap<String, String>,
    originals: &BTreeMap<String, Option<String>>,
    before: &BTreeSet<String>,
    rescan: &Rescan<'_>,
) {
    if group.is_empty() {
        return;
    }
    let trial: Vec<&F> = accepted.iter().chain(group).map(|i| &fixes[*i]).collect();
    match check(&trial, originals, before, rescan) {
        Ok(texts) => {
            *edited = texts;
            accepted.extend_from_slice(group);
            group.iter().for_each(|i| fixes[*i].settle(FixStatus::Verified, None));
        }
        Err(reason) if group.len() == 1 => fixes[group[0]].settle(FixStatus::Unverified, Some(reason)),
        Err(_) => {
            let (first, second) = group.split_at(group.len() / 2);
            settle(fixes, first, accepted, edited, originals, before, rescan);
            settle(fixes, second, accepted, edited, originals, before, rescan);
        }
    }
}
