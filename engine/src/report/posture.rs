//! The compliance view of `check --framework F`: per framework, each control the run's rules map to
//! is failed (one of its rules has an active finding), passed (its rules judged at least one resource
//! and found nothing) or not evaluated (no resource its rules look at), with a score.

use std::collections::{BTreeMap, BTreeSet};

use super::model::Finding;
use crate::evaluate::metadata::framework_matches;
use crate::evaluate::rule::Rule;
use crate::model::resource::Resource;

pub use super::model::{Control, FrameworkPosture};

/// A rule's part in a control: its id, whether it failed, whether it judged anything.
type RuleState<'a> = (&'a str, bool, bool);

/// Whether a rule judged anything in this run: a resource of a type it looks at (drift rules: a
/// resource compared with live snapshots).
fn evaluated(rule: &Rule, types: &BTreeSet<&str>, drift: bool) -> bool {
    if rule.meta.drift {
        return drift;
    }
    if rule.meta.resource_types.is_empty() {
        return !types.is_empty();
    }
    rule.meta.resource_types.iter().any(|t| types.contains(t.as_str()))
}

/// The posture of every framework the rules map to that one of `wanted` names (`cis-aws` names
/// `cis-aws-v3.0`), from the rules that ran, the resources they saw and the findings.
pub fn posture(
    wanted: &[String],
    rules: &[Rule],
    resources: &[Resource],
    findings: &[Finding],
) -> Vec<FrameworkPosture> {
    let types: BTreeSet<&str> =
        resources.iter().filter(|r| !r.is_data_source()).map(|r| r.resource_type.as_str()).collect();
    let drift = resources.iter().any(|r| r.drift.is_some());
    let failing: BTreeSet<&str> = findings.iter().filter(|f| f.is_active()).map(|f| f.rule_id.as_str()).collect();
    let mut frameworks: BTreeMap<&str, BTreeMap<&str, Vec<RuleState<'_>>>> = BTreeMap::new();
    for rule in rules {
        for (framework, controls) in &rule.meta.frameworks {
            if !wanted.iter().any(|w| framework_matches(framework, w)) {
                continue;
            }
            let state =
                (rule.meta.id.as_str(), failing.contains(rule.meta.id.as_str()), evaluated(rule, &types, drift));
            for control in controls {
                frameworks.entry(framework).or_default().entry(control).or_default().push(state);
            }
        }
    }
    frameworks
        .into_iter()
        .map(|(framework, controls)| {
            let controls: Vec<Control> = controls
                .into_iter()
                .map(|(id, mut rules)| {
                    rules.sort();
                    rules.dedup();
                    let status = if rules.iter().any(|r| r.1) {
                        "failed"
                    } else if rules.iter().any(|r| r.2) {
                        "passed"
                    } else {
                        "not_evaluated"
                    };
                    Control {
                        id: id.to_owned(),
                        status: status.into(),
                        rules: rules.iter().map(|r| r.0.to_owned()).collect(),
                    }
                })
                .collect();
            scored(framework.to_owned(), controls)
        })
        .collect()
}

/// A framework's posture from its controls: the counts and the score.
fn scored(framework: String, controls: Vec<Control>) -> FrameworkPosture {
    let count = |status: &str| controls.iter().filter(|c| c.status == status).count();
    let (passed, failed) = (count("passed"), count("failed"));
    let score = (passed * 100).checked_div(passed + failed).map(|s| s as u32);
    FrameworkPosture {
        framework,
        controls_passed: passed,
        controls_failed: failed,
        controls_not_evaluated: count("not_evaluated"),
        score,
        controls,
    }
}

/// Merges the postures of shards (`tollgate merge`): a control failed in one shard failed, one passed
/// in some shard and failed in none passed, else it was not evaluated.
pub fn merge(into: &mut Vec<FrameworkPosture>, other: Vec<FrameworkPosture>) {
    let rank = |status: &str| match status {
        "failed" => 2,
        "passed" => 1,
        _ => 0,
    };
    for posture in other {
        let Some(mine) = into.iter_mut().find(|p| p.framework == posture.framework) else {
            into.push(posture);
            continue;
        };
        let mut controls = std::mem::take(&mut mine.controls);
        for control in posture.controls {
            match controls.iter_mut().find(|c| c.id == control.id) {
                Some(c) => {
                    if rank(&control.status) > rank(&c.status) {
                        c.status = control.status;
                    }
                    c.rules.extend(control.rules);
                    c.rules.sort();
                    c.rules.dedup();
                }
                None => controls.push(control),
            }
        }
        controls.sort_by(|a, b| a.id.cmp(&b.id));
        *mine = scored(mine.framework.clone(), controls);
    }
    into.sort_by(|a, b| a.framework.cmp(&b.framework));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posture(controls: &[(&str, &str)]) -> FrameworkPosture {
        let controls = controls
            .iter()
            .map(|(id, status)| Control { id: (*id).into(), status: (*status).into(), rules: vec![format!("R{id}")] })
            .collect();
        scored("cis-aws-v3.0".into(), controls)
    }

    #[test]
    fn shards_merge_control_by_control() {
        let mut merged = vec![posture(&[("1.1", "passed"), ("1.2", "not_evaluated"), ("1.3", "passed")])];
        merge(&mut merged, vec![posture(&[("1.1", "failed"), ("1.2", "passed"), ("1.4", "not_evaluated")])]);
        let status: Vec<(&str, &str)> = merged[0].controls.iter().map(|c| (c.id.as_str(), c.status.as_str())).collect();
        assert_eq!(status, [("1.1", "failed"), ("1.2", "passed"), ("1.3", "passed"), ("1.4", "not_evaluated")]);
        assert_eq!((merged[0].controls_passed, merged[0].controls_failed, merged[0].controls_not_evaluated), (2, 1, 1));
        assert_eq!(merged[0].score, Some(66));
    }
}
