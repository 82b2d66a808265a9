//! `tollgate merge`: one report from the JSON reports of sharded runs (a CI matrix).

use std::collections::{BTreeMap, BTreeSet};

use clap::ArgMatches;
use tollgate_engine::report::model::{Report, TerraformSummary, Warning};
use tollgate_engine::report::summary::{dedup_keep_first, refresh};

use super::check::{pair_formats, write_outputs};
use super::{EXIT_ERROR, Exit};
use crate::args::MergeArgs;

pub fn run(args: &MergeArgs, matches: &ArgMatches) -> Exit {
    let outputs = match pair_formats(&args.format, &args.output, matches) {
        Ok(outputs) => outputs,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_ERROR;
        }
    };
    let mut reports = Vec::new();
    for path in &args.reports {
        let parsed = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str::<Report>(&text).map_err(|e| e.to_string()));
        match parsed {
            Ok(report) => reports.push(report),
            Err(message) => {
                eprintln!("error: {}: not a tollgate JSON report: {message}", path.display());
                return EXIT_ERROR;
            }
        }
    }
    let merged = merge(reports);
    if let Err(code) = write_outputs(&outputs, &merged, &BTreeMap::new(), false) {
        return code;
    }
    merged.exit_code()
}

/// One report from shards: findings, errors, warnings and skipped files concatenated (an error or
/// warning two shards both met, such as one of a module both evaluate, once), rules unioned, counters
/// and Terraform summaries summed. A waiver is unused only if no shard used it: its `unused-waiver`
/// warning stays only when every report has it.
pub fn merge(reports: Vec<Report>) -> Report {
    let count = reports.len();
    let unused_everywhere: Vec<Warning> = {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for report in &reports {
            let unused: BTreeSet<String> =
                report.warnings.iter().filter(|w| w.code == UNUSED_WAIVER).map(warning_key).collect();
            for key in unused {
                *seen.entry(key).or_default() += 1;
            }
        }
        reports
            .iter()
            .flat_map(|r| &r.warnings)
            .filter(|w| w.code == UNUSED_WAIVER && seen.get(&warning_key(w)) == Some(&count))
            .cloned()
            .collect()
    };
    let mut iter = reports.into_iter();
    let Some(mut merged) = iter.next() else { unreachable!("clap requires at least one report") };
    for report in iter {
        let (m, s) = (&mut merged.summary, &report.summary);
        m.files_scanned += s.files_scanned;
        m.files_unknown_format += s.files_unknown_format;
        m.helm_templates_skipped += s.helm_templates_skipped;
        m.resources += s.resources;
        m.resources_with_unknown_values += s.resources_with_unknown_values;
        m.evaluations += s.evaluations;
        m.fail_on = m.fail_on.min(s.fail_on);
        m.new_only &= s.new_only;
        merged.findings.extend(report.findings);
        merged.fixed.extend(report.fixed);
        merged.errors.extend(report.errors);
        merged.warnings.extend(report.warnings);
        merged.skipped.extend(report.skipped);
        merged.terraform = match (merged.terraform.take(), report.terraform) {
            (Some(a), Some(b)) => Some(add_terraform(a, b)),
            (a, b) => a.or(b),
        };
        tollgate_engine::report::posture::merge(&mut merged.posture, report.posture);
        for rule in report.rules {
            if !merged.rules.iter().any(|r| r.id == rule.id) {
                merged.rules.push(rule);
            }
        }
    }
    merged.warnings.retain(|w| w.code != UNUSED_WAIVER);
    merged.warnings.extend(unused_everywhere);
    dedup_keep_first(&mut merged.warnings);
    dedup_keep_first(&mut merged.errors);
    merged.findings.sort_by(|a, b| (&a.file, a.line, &a.rule_id).cmp(&(&b.file, b.line, &b.rule_id)));
    merged.rules.sort_by(|a, b| a.id.cmp(&b.id));
    merged.summary.files_skipped = merged.skipped.len();
    merged.summary.rules = merged.rules.len();
    refresh(&mut merged);
    merged
}

const UNUSED_WAIVER: &str = "unused-waiver";

fn warning_key(warning: &Warning) -> String {
    format!("{}\0{:?}\0{:?}\0{}", warning.code, warning.file, warning.line, warning.message)
}

/// Two shards' Terraform summaries: each evaluated its own root modules, so the counts add up.
fn add_terraform(mut a: TerraformSummary, b: TerraformSummary) -> TerraformSummary {
    a.root_modules += b.root_modules;
    a.resources += b.resources;
    a.expressions += b.expressions;
    a.unknown += b.unknown;
    for (why, n) in b.unknown_reasons {
        *a.unknown_reasons.entry(why).or_default() += n;
    }
    for (name, n) in b.unsupported_functions {
        *a.unsupported_functions.entry(name).or_default() += n;
    }
    a.modules_not_evaluated.extend(b.modules_not_evaluated);
    a.missing_variables.extend(b.missing_variables);
    a.sort_lists();
    a
}
