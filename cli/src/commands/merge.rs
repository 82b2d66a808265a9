//! `tollgate merge`: one report from the JSON reports of sharded runs (a CI matrix).

use std::collections::BTreeMap;

use clap::ArgMatches;
use tollgate_engine::report::model::Report;
use tollgate_engine::report::summary::refresh;

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

/// Concatenates findings, errors, warnings and skipped files; unions rules; sums the counters.
pub fn merge(reports: Vec<Report>) -> Report {
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
        tollgate_engine::report::posture::merge(&mut merged.posture, report.posture);
        for rule in report.rules {
            if !merged.rules.iter().any(|r| r.id == rule.id) {
                merged.rules.push(rule);
            }
        }
    }
    merged.findings.sort_by(|a, b| (&a.file, a.line, &a.rule_id).cmp(&(&b.file, b.line, &b.rule_id)));
    merged.rules.sort_by(|a, b| a.id.cmp(&b.id));
    merged.summary.files_skipped = merged.skipped.len();
    merged.summary.rules = merged.rules.len();
    refresh(&mut merged);
    merged
}
