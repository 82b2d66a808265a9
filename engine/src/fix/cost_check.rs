//! The cost part of fix verification: the verified fixes' edits are priced (the resources before and
//! after, from the scan's `input.cost` estimates), each fix gets its resource's monthly delta, and a
//! fix that raises the cost when its rule does not allow that is dropped (it becomes unverified).

use std::collections::BTreeMap;

use super::FixStatus;
use super::rule_fix::RuleFix;
use crate::model::resource::Resource;

/// Monthly cost by resource file and address (priced resources only).
pub fn monthly_by_address(resources: &[Resource]) -> BTreeMap<(String, String), f64> {
    resources
        .iter()
        .filter_map(|r| Some(((r.file.clone(), r.address.clone()), r.cost.as_ref()?.get("monthly")?.as_f64()?)))
        .collect()
}

/// Sets each verified fix's `monthly_cost_delta` (the sum over the resources it fixes) and turns
/// those that raise the cost without their rule's leave into `Declined` with the reason, so a second
/// verification round leaves them out. Returns how many were dropped.
pub fn judge(
    fixes: &mut [RuleFix],
    before: &BTreeMap<(String, String), f64>,
    after: &BTreeMap<(String, String), f64>,
) -> usize {
    let mut dropped = 0;
    for fix in fixes.iter_mut().filter(|f| f.status == FixStatus::Verified) {
        let key = (fix.file.clone(), fix.address.clone());
        let (Some(b), Some(a)) = (before.get(&key), after.get(&key)) else { continue };
        let delta = crate::cost::round(a - b);
        fix.monthly_cost_delta = Some(delta);
        let allowed = fix.fix.as_ref().is_some_and(|spec| spec.cost_may_rise == Some(true));
        if delta > 0.0 && !allowed {
            fix.status = FixStatus::Declined;
            fix.reason = Some(format!("raises the monthly cost by ${delta:.2} and the rule does not allow that"));
            dropped += 1;
        }
    }
    dropped
}
