//! `tollgate fix [PATH...]`: the fixes rules declare for the findings, each verified by re-checking
//! the project with the edited files in memory (the finding is gone, nothing new appears); a dry run
//! prints unified diffs, `--write` writes the verified ones. Exit 0 when every fix is verified, 1 when
//! some are not, 2 on errors.

use std::collections::BTreeMap;

use tollgate_engine::fix::FixStatus;
use tollgate_engine::fix::plan::{FixFilter, plan, report_keys};
use tollgate_engine::fix::rounds::{Verification, verify_in_rounds};
use tollgate_engine::fix::rule_fix::RuleFix;
use tollgate_engine::{Silent, scan};

use super::{EXIT_ERROR, Exit, fix_output, scan_setup};
use crate::args::{FixArgs, ProposeArgs, ScanArgs};

fn read(file: &str) -> Option<String> {
    std::fs::read_to_string(file).ok()
}

fn filter(args: &FixArgs) -> Result<FixFilter, String> {
    filter_of(&args.rules, args.severity.as_deref(), args.max_risk.as_deref())
}

/// The fix selection from `--rule`, `--severity` and `--max-risk`.
pub fn filter_of(rules: &[String], severity: Option<&str>, max_risk: Option<&str>) -> Result<FixFilter, String> {
    Ok(FixFilter {
        rules: rules.to_vec(),
        min_severity: severity.map(str::parse).transpose().map_err(|e| format!("--severity: {e}"))?,
        max_risk: max_risk.map(str::parse).transpose().map_err(|e| format!("--max-risk: {e}"))?,
    })
}

/// The verified fixes of a scan: every planned fix with its status, the files' original texts and
/// the edited texts of the verified ones.
pub struct Verified {
    pub fixes: Vec<RuleFix>,
    pub originals: BTreeMap<String, Option<String>>,
    pub edited: BTreeMap<String, String>,
    /// Model-proposed fixes that failed verification (dropped from `fixes`).
    pub discarded_proposals: usize,
}

/// Scans, plans the fixes `filter` selects (with `propose`: also fixes a model proposes where rules
/// declare none) and verifies each by re-checking with the edits in memory. Unverified proposals
/// are dropped and counted; only verified ones are kept.
pub fn verified_fixes(scan_args: &ScanArgs, filter: &FixFilter, propose: &ProposeArgs) -> Result<Verified, Exit> {
    let mut options = scan_setup::options(scan_args).map_err(|_| EXIT_ERROR)?;
    options.keep_resources = true;
    options.price_always = true;
    options.with_sources = false;
    let cache_dir = options.cache_dir.take();
    let mut outcome = scan(&options, &Silent);
    let before = report_keys(&outcome.report);
    let proposed = match crate::explain::Settings::for_proposals(propose, &outcome.models, cache_dir) {
        Some(settings) => crate::explain::propose::propose_fixes(&mut outcome.report, filter, &settings),
        None => BTreeMap::new(),
    };
    let mut fixes = plan(&outcome.report, &outcome.resources, filter, &read);
    for fix in &mut fixes {
        fix.proposed_by = fix.findings.iter().find_map(|key| proposed.get(key).cloned());
    }
    let originals: BTreeMap<String, Option<String>> =
        fixes.iter().flat_map(|f| &f.edits).map(|e| (e.file.clone(), read(&e.file))).collect();
    let verification =
        Verification { options: &options, before: &before, filter, read: &read, with_cost: options.cost.is_some() };
    let (mut fixes, edited) = verify_in_rounds(&verification, &outcome.resources, fixes);
    // A later round can edit a file the first plan did not (a variable's default).
    let mut originals = originals;
    for file in edited.keys() {
        originals.entry(file.clone()).or_insert_with(|| read(file));
    }
    let count = fixes.len();
    fixes.retain(|f| f.proposed_by.is_none() || f.status == FixStatus::Verified);
    Ok(Verified { discarded_proposals: count - fixes.len(), fixes, originals, edited })
}

pub fn run(args: &FixArgs) -> Exit {
    let filter = match filter(args) {
        Ok(filter) => filter,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_ERROR;
        }
    };
    let Verified { fixes, originals, edited, discarded_proposals } =
        match verified_fixes(&args.scan, &filter, &args.propose) {
            Ok(verified) => verified,
            Err(code) => return code,
        };
    let lines: Vec<String> = fixes
        .iter()
        .map(|fix| {
            let why = fix.reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default();
            let (status, risk) = (fix_output::name(&fix.status), fix_output::name(&fix.risk));
            let count =
                if fix.findings.len() > 1 { format!(" ({} findings)", fix.findings.len()) } else { String::new() };
            let by = fix.proposed_by.as_deref().map(|m| format!(" (proposed by {m})")).unwrap_or_default();
            let cost =
                fix.monthly_cost_delta.filter(|d| *d != 0.0).map(|d| format!(" ({d:+.2} $/month)")).unwrap_or_default();
            format!(
                "{status:<10} {risk:<6} risk  {} {} at {}:{}{count}{cost}{by}{why}",
                fix.rule_id, fix.address, fix.file, fix.line
            )
        })
        .collect();
    fix_output::finish(fix_output::Finish {
        write: args.write,
        format: &args.format,
        output: args.output.as_ref(),
        originals: &originals,
        edited: &edited,
        fixes: serde_json::to_value(&fixes).unwrap_or_default(),
        lines,
        all_verified: fixes.iter().all(|f| f.status == FixStatus::Verified),
        discarded_proposals,
    })
}
