//! Terraform's own view of drift, held against tollgate's: a refresh-only plan lists in
//! `resource_drift` the resources it found changed outside Terraform. Each one tollgate does not
//! report, and each one tollgate reports from that plan that Terraform does not list, is a warning
//! naming it, so the two can never disagree unnoticed.

use std::collections::BTreeSet;

use super::DriftReport;
use crate::report::model::Warning;

/// The code of the warnings.
pub const CODE: &str = "terraform-drift-disagrees";

/// Adds a warning for every resource where the plan `file`'s `resource_drift` (`listed`) and the
/// report disagree.
pub fn cross_check(report: &mut DriftReport, file: &str, listed: &[String]) {
    let listed: BTreeSet<&str> = listed.iter().map(String::as_str).collect();
    let reported: BTreeSet<&str> = report
        .changed
        .iter()
        .filter(|c| c.snapshot == file)
        .map(|c| c.address.as_str())
        .chain(report.missing.iter().map(|m| m.address.as_str()))
        .collect();
    let mut warnings = Vec::new();
    for address in listed.iter().filter(|a| !reported.contains(*a)) {
        let why = if report.cosmetic_addresses.contains(*address) {
            "its differences are null against empty values, set aside as cosmetic (`--strict-empty` reports them)"
        } else {
            "what changed is not set by the configuration, or the ignore file leaves it out"
        };
        warnings.push(Warning {
            code: CODE.into(),
            message: format!(
                "{address}: Terraform's refresh-only plan lists it in resource_drift, tollgate reports no drift for it: {why}"
            ),
            file: Some(file.to_owned()),
            line: None,
        });
    }
    let only_ours: BTreeSet<&str> = report
        .changed
        .iter()
        .filter(|c| c.snapshot == file && !listed.contains(c.address.as_str()))
        .map(|c| c.address.as_str())
        .collect();
    for address in only_ours {
        warnings.push(Warning {
            code: CODE.into(),
            message: format!(
                "{address}: tollgate reports drift that Terraform's refresh-only plan does not list in resource_drift: the configuration differs from the last applied state (a change not yet applied?)"
            ),
            file: Some(file.to_owned()),
            line: None,
        });
    }
    report.warnings.extend(warnings);
}
