//! Comparing the findings of a head scan with those of a base scan by fingerprint (never by line), so a
//! pull request is judged by what it introduces: each head finding is `new` or `unchanged`, and base
//! findings the head no longer has are `fixed`.

use std::collections::BTreeSet;

use crate::report::model::Report;
use crate::report::summary::refresh;

/// Marks the head's findings against the base's and recounts the head's summary.
pub fn classify(head: &mut Report, base: &Report, new_only: bool) {
    let in_base: BTreeSet<&str> = base.findings.iter().map(|f| f.fingerprint.as_str()).collect();
    let in_head: BTreeSet<String> = head.findings.iter().map(|f| f.fingerprint.clone()).collect();
    for finding in &mut head.findings {
        let change = if in_base.contains(finding.fingerprint.as_str()) { "unchanged" } else { "new" };
        finding.change = Some(change.to_owned());
    }
    head.fixed = base
        .findings
        .iter()
        .filter(|f| !f.suppressed && !in_head.contains(&f.fingerprint))
        .cloned()
        .map(|mut f| {
            f.change = Some("fixed".to_owned());
            f
        })
        .collect();
    head.summary.new_only = new_only;
    refresh(head);
}
