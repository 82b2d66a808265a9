//! Drift explanations: each difference (missing, changed, unmanaged) is put as a finding, so
//! `--explain` explains drift the way it explains findings: from the drift rule that weighed it
//! (else the kind's own text), or from a model given the redacted declaration.

use std::collections::BTreeMap;

use super::DriftReport;
use super::policy::RuleHit;
use crate::explain::Explanation;
use crate::model::severity::Severity;
use crate::report::model::{Finding, Report, RuleInfo};
use crate::report::summary::{Counts, summarize};

/// Where a question's answer goes back to in the drift report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Item {
    Missing(usize),
    Unmanaged(usize),
    Changed(usize),
}

/// The drift report's differences as findings (ids of the drift rules that weighed them, else
/// `drift-missing`, `drift-changed`, `drift-unmanaged` with the texts below), in a report whose
/// rules are `rules` and the three kinds; with the item each finding stands for.
pub fn as_report(drift: &DriftReport, rules: Vec<RuleInfo>) -> (Report, Vec<Item>) {
    let mut findings = Vec::new();
    let mut items = Vec::new();
    for (i, m) in drift.missing.iter().enumerate() {
        let message = format!("{} is declared but no live snapshot has it", m.address);
        findings.push(finding(
            Kind::Missing,
            &m.rules,
            message,
            m.severity,
            (&m.address, &m.resource_type),
            (&m.file, m.line),
            None,
        ));
        items.push(Item::Missing(i));
    }
    for (i, c) in drift.changed.iter().enumerate() {
        let message = format!("`{}` is {} live; the code declares {}", c.attribute, c.live, c.desired);
        let at = (c.file.as_str(), c.line);
        findings.push(finding(
            Kind::Changed,
            &c.rules,
            message,
            c.severity,
            (&c.address, &c.resource_type),
            at,
            Some(&c.attribute),
        ));
        items.push(Item::Changed(i));
    }
    for (i, u) in drift.unmanaged.iter().enumerate() {
        let id = u.id.as_deref().map(|id| format!(" ({id})")).unwrap_or_default();
        let message = format!("{}{id} runs but no code declares it", u.address);
        let at = (u.snapshot.as_str(), u.snapshot_line);
        findings.push(finding(
            Kind::Unmanaged,
            &u.rules,
            message,
            u.severity,
            (&u.address, &u.resource_type),
            at,
            None,
        ));
        items.push(Item::Unmanaged(i));
    }
    let mut infos = rules;
    infos.extend([Kind::Missing, Kind::Changed, Kind::Unmanaged].map(Kind::rule));
    let counts =
        Counts { files_scanned: 0, files_unknown_format: 0, helm_templates_skipped: 0, resources: &[], evaluations: 0 };
    let mut report = summarize(findings, Vec::new(), Vec::new(), Vec::new(), &[], counts, Severity::Low);
    for finding in &mut report.findings {
        finding.title = infos.iter().find(|r| r.id == finding.rule_id).map(|r| r.title.clone()).unwrap_or_default();
    }
    report.rules = infos;
    (report, items)
}

/// Copies the explanations (and the explaining run's warnings) back into the drift report.
pub fn attach(drift: &mut DriftReport, items: &[Item], explained: Report) {
    for (item, finding) in items.iter().zip(explained.findings) {
        let Some(explanation) = finding.explanation else { continue };
        let slot: &mut Option<Explanation> = match *item {
            Item::Missing(i) => &mut drift.missing[i].explanation,
            Item::Changed(i) => &mut drift.changed[i].explanation,
            Item::Unmanaged(i) => &mut drift.unmanaged[i].explanation,
        };
        *slot = Some(explanation);
    }
    drift.warnings.extend(explained.warnings);
}

#[derive(Clone, Copy)]
enum Kind {
    Missing,
    Changed,
    Unmanaged,
}

impl Kind {
    fn id(self) -> &'static str {
        match self {
            Kind::Missing => "drift-missing",
            Kind::Changed => "drift-changed",
            Kind::Unmanaged => "drift-unmanaged",
        }
    }

    /// The explanation of a difference no drift rule weighed.
    fn rule(self) -> RuleInfo {
        let (title, why, remediation) = match self {
            Kind::Missing => (
                "Declared resource missing from the live snapshots",
                "The code declares this resource but what runs does not have it: it was deleted outside the \
                 code, or never applied. Whatever depends on it may be failing now, and the next apply recreates it.",
                "Apply the code to recreate the resource, or remove its block (and what refers to it) in a \
                 reviewed pull request if the deletion was intended.",
            ),
            Kind::Changed => (
                "Attribute changed outside the code",
                "The live value differs from the declared one: someone changed it by hand or another tool manages \
                 it. The next apply reverts it, and reviews of the code no longer describe what runs.",
                "Apply the code to restore the declared value, or codify the live value in a reviewed pull request \
                 (`tollgate drift --fix codify`); add the attribute to `.tollgate-driftignore` if another tool owns it.",
            ),
            Kind::Unmanaged => (
                "Live resource no code declares",
                "Nothing in the repository declares this resource, so its changes are never reviewed, the rules \
                 never judge it and its cost is nobody's.",
                "Import it into the code (`tollgate drift --fix import` writes the import block and the resource), \
                 or delete it if nothing needs it.",
            ),
        };
        RuleInfo {
            id: self.id().into(),
            title: title.into(),
            severity: Severity::Medium,
            description: title.into(),
            remediation: remediation.into(),
            why: why.into(),
            example: String::new(),
            file: String::new(),
            frameworks: BTreeMap::new(),
        }
    }
}

fn finding(
    kind: Kind,
    hits: &[RuleHit],
    message: String,
    severity: Severity,
    (resource, resource_type): (&str, &str),
    (file, line): (&str, usize),
    attribute: Option<&str>,
) -> Finding {
    // The drift rule that gave the difference its severity speaks for it.
    let hit = hits.iter().rfind(|h| h.severity == severity);
    let rule_id = hit.map_or_else(|| kind.id().to_owned(), |h| h.rule_id.clone());
    Finding {
        fingerprint: format!("{}:{resource}:{}", kind.id(), attribute.unwrap_or_default()),
        rule_id,
        severity,
        title: String::new(),
        message: hit.map_or(message, |h| h.message.clone()),
        file: file.to_owned(),
        line,
        column: 1,
        end_line: line,
        resource: resource.to_owned(),
        resource_type: resource_type.to_owned(),
        kind: "drift".into(),
        attribute: attribute.map(str::to_owned),
        suppressed: false,
        suppression: None,
        baselined: false,
        change: None,
        frameworks: BTreeMap::new(),
        module_calls: Vec::new(),
        live_only: false,
        code: None,
        fix: None,
        explanation: None,
        related: Vec::new(),
    }
}
