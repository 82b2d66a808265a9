//! The compliance view of `check --framework F`: per framework, each control the run's rules map to
//! is failed (one of its rules has an active finding), passed (its rules judged at least one resource
//! and found nothing) or not evaluated (no resource its rules look at), with a score.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::model::Finding;
use crate::evaluate::metadata::framework_matches;
use crate::evaluate::rule::Rule;
use crate::resource::Resource;

/// One framework's posture.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameworkPosture {
    /// The framework as the rules name it (`cis-aws-v3.0`).
    pub framework: String,
    pub controls_passed: usize,
    pub controls_failed: usize,
    pub controls_not_evaluated: usize,
    /// Passed controls in percent of the evaluated ones (100 when none was evaluated).
    pub score: u32,
    pub controls: Vec<Control>,
}

/// One control and the rules that check it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Control {
    pub id: String,
    /// `passed`, `failed` or `not_evaluated`.
    pub status: String,
    pub rules: Vec<String>,
}

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
            let count = |status: &str| controls.iter().filter(|c| c.status == status).count();
            let (passed, failed) = (count("passed"), count("failed"));
            let score = (passed * 100).checked_div(passed + failed).unwrap_or(100) as u32;
            FrameworkPosture {
                framework: framework.to_owned(),
                controls_passed: passed,
                controls_failed: failed,
                controls_not_evaluated: count("not_evaluated"),
                score,
                controls,
            }
        })
        .collect()
}
