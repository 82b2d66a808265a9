//! Building the report and its summary from a run's parts.

use std::collections::BTreeMap;

use super::model::{Finding, REPORT_VERSION, Report, ReportError, RuleInfo, SkippedFile, Summary, Tool, Warning};
use crate::evaluate::rule::Rule;
use crate::model::resource::Resource;
use crate::model::severity::Severity;

/// Counters gathered along the pipeline.
pub struct Counts<'a> {
    pub files_scanned: usize,
    pub files_unknown_format: usize,
    pub helm_templates_skipped: usize,
    pub resources: &'a [Resource],
    pub evaluations: usize,
}

pub fn summarize(
    findings: Vec<Finding>,
    mut errors: Vec<ReportError>,
    mut warnings: Vec<Warning>,
    skipped: Vec<SkippedFile>,
    rules: &[Rule],
    counts: Counts<'_>,
    fail_on: Severity,
) -> Report {
    errors.sort_by(|a, b| (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message)));
    errors.dedup();
    // A warning met twice (a module two roots call, each missing the same variable) says it once.
    dedup_keep_first(&mut warnings);
    let rule_infos = rule_infos(rules);
    let summary = Summary {
        files_scanned: counts.files_scanned,
        files_skipped: skipped.len(),
        files_unknown_format: counts.files_unknown_format,
        helm_templates_skipped: counts.helm_templates_skipped,
        resources: counts.resources.iter().filter(|r| !r.is_setting()).count(),
        resources_with_unknown_values: counts
            .resources
            .iter()
            .filter(|r| !r.is_setting() && !r.unknown.is_empty())
            .count(),
        rules: rules.len(),
        evaluations: counts.evaluations,
        findings: 0,
        suppressed: 0,
        baselined: 0,
        new: 0,
        unchanged: 0,
        fixed: 0,
        new_only: false,
        by_severity: BTreeMap::new(),
        errors: 0,
        warnings: 0,
        fail_on,
        result: String::new(),
    };
    let mut report = Report {
        version: REPORT_VERSION,
        tool: Tool { name: "tollgate".into(), version: env!("CARGO_PKG_VERSION").into() },
        findings,
        fixed: Vec::new(),
        errors,
        warnings,
        skipped,
        rules: rule_infos,
        summary,
        terraform: None,
        drift: None,
        posture: Vec::new(),
        scanned: Default::default(),
        cost: None,
    };
    refresh(&mut report);
    report
}

/// Drops repeats of an equal item, keeping the first of each in its place.
pub fn dedup_keep_first<T: PartialEq>(items: &mut Vec<T>) {
    let mut kept: Vec<T> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        if !kept.contains(&item) {
            kept.push(item);
        }
    }
    *items = kept;
}

/// What the rules say about themselves, ordered by id.
pub fn rule_infos(rules: &[Rule]) -> Vec<RuleInfo> {
    let mut infos: Vec<RuleInfo> = rules
        .iter()
        .map(|r| RuleInfo {
            id: r.meta.id.clone(),
            title: r.meta.title.clone(),
            severity: r.meta.severity,
            description: r.meta.description.clone(),
            remediation: r.meta.remediation.clone(),
            why: r.meta.why.clone(),
            example: r.meta.example.clone(),
            file: r.file.clone(),
            frameworks: r.meta.frameworks.clone(),
        })
        .collect();
    infos.sort_by(|a, b| a.id.cmp(&b.id));
    infos
}

/// Recounts the summary from the findings, errors and warnings, and decides the result:
/// `error` with any error, `fail` with an active finding at or above `fail_on` (only new ones
/// with `new_only`), else `pass`.
pub fn refresh(report: &mut Report) {
    let s = &mut report.summary;
    let active: Vec<&Finding> = report.findings.iter().filter(|f| f.is_active()).collect();
    s.by_severity = Severity::ALL.iter().map(|sev| (*sev, 0)).collect();
    for finding in &active {
        *s.by_severity.entry(finding.severity).or_default() += 1;
    }
    s.findings = active.len();
    s.suppressed = report.findings.iter().filter(|f| f.suppressed).count();
    s.baselined = report.findings.iter().filter(|f| f.baselined && !f.suppressed).count();
    s.new = active.iter().filter(|f| f.change.as_deref() == Some("new")).count();
    s.unchanged = active.iter().filter(|f| f.change.as_deref() == Some("unchanged")).count();
    s.fixed = report.fixed.len();
    s.errors = report.errors.len();
    s.warnings = report.warnings.len();
    let failing = active
        .iter()
        .filter(|f| !s.new_only || f.change.as_deref() != Some("unchanged"))
        .any(|f| f.severity >= s.fail_on);
    s.result = if !report.errors.is_empty() {
        "error"
    } else if failing {
        "fail"
    } else {
        "pass"
    }
    .into();
}
