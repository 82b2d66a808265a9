//! Building the report and its summary from a run's parts.

use std::collections::BTreeMap;

use super::model::{
    Finding, REPORT_VERSION, Report, ReportError, RuleInfo, SkippedFile, Summary, Tool, Warning,
};
use crate::evaluate::rule::Rule;
use crate::resource::Resource;
use crate::severity::Severity;

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
    warnings: Vec<Warning>,
    skipped: Vec<SkippedFile>,
    rules: &[Rule],
    counts: Counts<'_>,
    fail_on: Severity,
) -> Report {
    errors.sort_by(|a, b| {
        (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message))
    });
    let active = findings.iter().filter(|f| f.is_active());
    let mut by_severity: BTreeMap<Severity, usize> =
        Severity::ALL.iter().map(|s| (*s, 0)).collect();
    for finding in active.clone() {
        *by_severity.entry(finding.severity).or_default() += 1;
    }
    let failing = active.clone().any(|f| f.severity >= fail_on);
    let result = if !errors.is_empty() {
        "error"
    } else if failing {
        "fail"
    } else {
        "pass"
    };
    let mut rule_infos: Vec<RuleInfo> = rules
        .iter()
        .map(|r| RuleInfo {
            id: r.meta.id.clone(),
            title: r.meta.title.clone(),
            severity: r.meta.severity,
            description: r.meta.description.clone(),
            remediation: r.meta.remediation.clone(),
            file: r.file.clone(),
            frameworks: r.meta.frameworks.clone(),
        })
        .collect();
    rule_infos.sort_by(|a, b| a.id.cmp(&b.id));
    let summary = Summary {
        files_scanned: counts.files_scanned,
        files_skipped: skipped.len(),
        files_unknown_format: counts.files_unknown_format,
        helm_templates_skipped: counts.helm_templates_skipped,
        resources: counts.resources.len(),
        resources_with_unknown_values: counts
            .resources
            .iter()
            .filter(|r| !r.unknown.is_empty())
            .count(),
        rules: rules.len(),
        evaluations: counts.evaluations,
        findings: active.count(),
        suppressed: findings.iter().filter(|f| f.suppressed).count(),
        baselined: findings
            .iter()
            .filter(|f| f.baselined && !f.suppressed)
            .count(),
        by_severity,
        errors: errors.len(),
        warnings: warnings.len(),
        fail_on,
        result: result.into(),
    };
    Report {
        version: REPORT_VERSION,
        tool: Tool {
            name: "tollgate".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        },
        findings,
        errors,
        warnings,
        skipped,
        rules: rule_infos,
        summary,
    }
}
