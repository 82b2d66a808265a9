//! Drift policies: rules marked `drift: true` judge each difference (`input.drift`, `input.live`), and
//! their findings weigh the drift report's severities (a changed security group high, a tag low).
//! Differences no drift rule speaks of keep the default severities.

use serde::{Deserialize, Serialize};

use super::state::{DriftStatus, declared_states, live_states};
use super::{Changed, DriftReport};
use crate::evaluate::rule::Rule;
use crate::evaluate::run;
use crate::model::resource::Resource;
use crate::model::severity::Severity;
use crate::report::model::ReportError;

/// A drift rule's judgement of one difference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleHit {
    pub rule_id: String,
    pub severity: Severity,
    pub message: String,
}

/// Whether a rule's attribute covers a changed attribute (itself, or a parent of it).
fn covers(rule_attribute: Option<&str>, changed: &str) -> bool {
    match rule_attribute {
        None => true,
        Some(a) => changed == a || changed.strip_prefix(a).is_some_and(|rest| rest.starts_with(['.', '['])),
    }
}

fn weigh(severity: &mut Severity, hits: &mut Vec<RuleHit>, hit: &RuleHit) {
    if hits.is_empty() || hit.severity > *severity {
        *severity = hit.severity;
    }
    if !hits.contains(hit) {
        hits.push(hit.clone());
    }
}

/// Runs the drift rules over the report's differences and sets each one's severity to the highest a
/// rule gave it (with the rules that spoke); returns the rules' runtime errors.
pub fn judge(
    desired: &[Resource],
    live: &[Resource],
    by_desired: &[Option<usize>],
    report: &mut DriftReport,
    rules: &[Rule],
) -> Vec<ReportError> {
    let rules: Vec<Rule> = rules.iter().filter(|r| r.meta.drift).cloned().collect();
    if rules.is_empty() {
        return Vec::new();
    }
    let declared = declared_states(desired, live, by_desired, report, false);
    let entries = live_states(desired, live, by_desired, &declared, report);
    let mut inputs = Vec::new();
    for (resource, state) in desired.iter().zip(declared) {
        if matches!(state.status, DriftStatus::Changed | DriftStatus::Missing) && !state.ignored {
            inputs.push(Resource { drift: Some(Box::new(state)), ..resource.clone() });
        }
    }
    for (resource, state) in live.iter().zip(entries) {
        if state.status == DriftStatus::Unmanaged && !state.ignored {
            inputs.push(Resource { drift: Some(Box::new(state)), ..resource.clone() });
        }
    }
    let evaluation = run::run(&rules, &inputs, &|_, _| true, &[], None);
    for raw in &evaluation.findings {
        let meta = &rules[raw.rule].meta;
        let hit = RuleHit {
            rule_id: meta.id.clone(),
            severity: raw.severity.unwrap_or(meta.severity),
            message: raw.message.clone(),
        };
        let resource = &inputs[raw.resource];
        let attribute = raw.attribute.as_deref();
        match resource.drift.as_ref().map(|d| d.status) {
            Some(DriftStatus::Missing) => {
                let found =
                    report.missing.iter_mut().filter(|m| m.address == resource.address && m.file == resource.file);
                found.for_each(|m| weigh(&mut m.severity, &mut m.rules, &hit));
            }
            Some(DriftStatus::Unmanaged) => {
                let same = |u: &&mut super::Unmanaged| {
                    u.address == resource.address
                        && u.snapshot == resource.file
                        && u.snapshot_line == resource.location.line
                };
                report.unmanaged.iter_mut().filter(same).for_each(|u| weigh(&mut u.severity, &mut u.rules, &hit));
            }
            _ => {
                let same = |c: &&mut Changed| {
                    c.address == resource.address && c.file == resource.file && covers(attribute, &c.attribute)
                };
                report.changed.iter_mut().filter(same).for_each(|c| weigh(&mut c.severity, &mut c.rules, &hit));
            }
        }
    }
    let mut errors: Vec<ReportError> = evaluation
        .errors
        .iter()
        .map(|e| ReportError {
            kind: "rule".into(),
            file: rules[e.rule].file.clone(),
            line: 1,
            column: 1,
            message: match e.resource {
                Some(r) => format!("{} (on {})", e.message, inputs[r].address),
                None => e.message.clone(),
            },
            rule_id: Some(rules[e.rule].meta.id.clone()),
        })
        .collect();
    errors.dedup();
    errors
}

#[cfg(test)]
mod tests {
    use super::covers;

    #[test]
    fn attributes_cover_their_children() {
        assert!(covers(None, "tags.env"));
        assert!(covers(Some("tags"), "tags.env"));
        assert!(covers(Some("ingress"), "ingress[0].cidr_blocks"));
        assert!(!covers(Some("tag"), "tags.env"));
        assert!(covers(Some("acl"), "acl"));
    }
}
