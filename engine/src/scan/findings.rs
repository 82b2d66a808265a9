//! From raw rule results to findings: location, severity (after overrides), fingerprint, inline
//! suppressions, waivers and baseline; plus the warnings and errors that come with them.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::config::select::Selection;
use crate::evaluate::rule::Rule;
use crate::evaluate::run::Evaluation;
use crate::model::fingerprint::fingerprint;
use crate::model::resource::{Resource, paths_overlap};
use crate::model::severity::Severity;
use crate::report::model::{Finding, ReportError, Suppression, Warning};
use crate::scan::ScanOptions;
use crate::suppress::waivers::{WaiverMatch, Waivers};

pub struct FindingContext<'a> {
    pub rules: &'a [Rule],
    pub resources: &'a [Resource],
    pub selection: &'a Selection,
    pub options: &'a ScanOptions,
    pub today: NaiveDate,
}

pub struct Built {
    pub findings: Vec<Finding>,
    pub errors: Vec<ReportError>,
    pub warnings: Vec<Warning>,
}

pub fn build_findings(ctx: &FindingContext<'_>, evaluation: &Evaluation) -> Built {
    let config_file = ctx.options.config.file.clone();
    let mut errors = Vec::new();
    let waivers = Waivers::new(&ctx.options.config.config.waivers, &ctx.options.config.base(), ctx.today)
        .unwrap_or_else(|message| {
            errors.push(ReportError {
                kind: "config".into(),
                file: config_file.clone().unwrap_or_default(),
                line: 1,
                column: 1,
                message,
                rule_id: None,
            });
            Waivers::new(&[], "", ctx.today).unwrap_or_else(|_| unreachable!("no waivers always compile"))
        });
    let mut expired_hits = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut findings = Vec::new();
    for raw in &evaluation.findings {
        let rule = &ctx.rules[raw.rule];
        let resource = &ctx.resources[raw.resource];
        let meta = &rule.meta;
        // A CloudFormation property set at deploy time (`Ref` to a parameter without a default,
        // `Fn::GetAtt`, ...) is unknown: a rule judging it stays silent, as on Terraform's unknowns.
        if resource.kind == crate::model::resource::Kind::Cloudformation
            && raw.attribute.as_deref().is_some_and(|a| resource.unknown.iter().any(|u| paths_overlap(u, a)))
        {
            continue;
        }
        let print = fingerprint(&meta.id, &resource.identity, raw.attribute.as_deref());
        let location = resource.locate(raw.attribute.as_deref());
        if !seen.insert((print.clone(), raw.message.clone(), resource.file.clone(), location.line)) {
            continue;
        }
        let mut severity = ctx.selection.severity(meta, &resource.file);
        // A result's own severity stands unless the configuration sets the rule's.
        if let Some(own) = raw.severity.filter(|_| severity == meta.severity) {
            severity = own;
        }
        if raw.is_warning {
            severity = Severity::Low;
        }
        let inline = resource.inline_ignores.iter().find(|i| i.rule == meta.id || i.rule == "all");
        let suppression = match inline {
            Some(ignore) => Some(Suppression { kind: "inline".into(), reason: ignore.reason.clone(), expires: None }),
            None => match waivers.check(&meta.id, &resource.file, &resource.address) {
                WaiverMatch::Suppressed(w) => {
                    Some(Suppression { kind: "waiver".into(), reason: w.reason.clone(), expires: w.expires.clone() })
                }
                WaiverMatch::Expired(w) => {
                    expired_hits.insert(w.line);
                    None
                }
                WaiverMatch::None => None,
            },
        };
        let baselined = ctx.options.baseline.as_ref().is_some_and(|b| b.contains(&print));
        // A value a values file or a patch wrote: the finding points there, the rendered line related.
        let origin = resource.origin(raw.attribute.as_deref());
        let (file, line, column, end_line) = match origin {
            Some(o) => (o.file.clone(), o.line, 1, o.line),
            None => (resource.file.clone(), location.line, location.column, location.end_line),
        };
        let related: Vec<crate::report::model::RelatedLocation> = origin
            .map(|o| crate::report::model::RelatedLocation {
                file: resource.file.clone(),
                line: location.line,
                message: match o.role.as_str() {
                    "values file" => "the template line that renders this value".to_owned(),
                    role if role.starts_with("module ") => {
                        format!("{} inside the fetched module, which this {role} configures", resource.address)
                    }
                    role => format!("the object this {role} changes, as built"),
                },
            })
            .into_iter()
            .collect();
        findings.push(Finding {
            rule_id: meta.id.clone(),
            severity,
            title: meta.title.clone(),
            message: match origin.and_then(|o| o.role.strip_prefix("module input ")) {
                Some(input) => format!("{} (set by module input `{input}`)", raw.message),
                None => raw.message.clone(),
            },
            file,
            line,
            column,
            end_line,
            resource: resource.address.clone(),
            resource_type: resource.resource_type.clone(),
            kind: resource.kind.as_str().to_owned(),
            attribute: raw.attribute.clone(),
            fingerprint: print,
            suppressed: suppression.is_some(),
            suppression,
            baselined,
            change: None,
            frameworks: meta.frameworks.clone(),
            module_calls: resource.module_calls.clone(),
            live_only: resource.drift.as_ref().is_some_and(|d| d.is_live_entry),
            code: resource.drift.as_ref().and_then(|d| d.code.clone()),
            fix: with_risk(raw.fix.as_ref(), meta.fix_risk),
            explanation: None,
            related,
        });
    }
    findings.sort_by(|a, b| {
        (&a.file, a.line, &a.rule_id, &a.resource, &a.message).cmp(&(
            &b.file,
            b.line,
            &b.rule_id,
            &b.resource,
            &b.message,
        ))
    });
    let mut reported = BTreeSet::new();
    for err in &evaluation.errors {
        let rule = &ctx.rules[err.rule];
        if !reported.insert((err.rule, err.message.clone())) {
            continue;
        }
        let resource = err.resource.map(|r| format!(" (on {})", ctx.resources[r].address)).unwrap_or_default();
        errors.push(ReportError {
            kind: "rule".into(),
            file: rule.file.clone(),
            line: 1,
            column: 1,
            message: format!("rule {} failed at run time{resource}: {}", rule.meta.id, err.message),
            rule_id: Some(rule.meta.id.clone()),
        });
    }
    let warnings = waiver_warnings(&waivers, config_file.as_deref(), &expired_hits);
    Built { findings, errors, warnings }
}

fn waiver_warnings(waivers: &Waivers, file: Option<&str>, expired_hits: &BTreeSet<usize>) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for w in waivers.expired() {
        let hit = if expired_hits.contains(&w.line) { "; its findings are reported again" } else { "" };
        warnings.push(Warning {
            code: "expired-waiver".into(),
            message: format!("waiver for `{}` expired on {}{hit}", w.rule, w.expires.as_deref().unwrap_or_default()),
            file: file.map(str::to_owned),
            line: Some(w.line),
        });
    }
    for w in waivers.unused() {
        warnings.push(Warning {
            code: "unused-waiver".into(),
            message: format!("waiver for `{}` matched no finding", w.rule),
            file: file.map(str::to_owned),
            line: Some(w.line),
        });
    }
    warnings
}

/// A rule result's fix, with the rule's `fix_risk` when the result gives none.
fn with_risk(fix: Option<&serde_json::Value>, risk: Option<crate::fix::rule_fix::Risk>) -> Option<serde_json::Value> {
    let mut fix = fix?.clone();
    if let (Some(map), Some(risk)) = (fix.as_object_mut(), risk) {
        map.entry("risk").or_insert_with(|| serde_json::to_value(risk).unwrap_or_default());
    }
    Some(fix)
}
