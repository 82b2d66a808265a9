//! `tollgate fix [PATH...]`: the fixes rules declare for the findings, each verified by re-checking
//! the project with the edited files in memory (the finding is gone, nothing new appears); a dry run
//! prints unified diffs, `--write` writes the verified ones. Exit 0 when every fix is verified, 1 when
//! some are not, 2 on errors.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use tollgate_engine::fix::FixStatus;
use tollgate_engine::fix::plan::{FixFilter, plan, report_keys};
use tollgate_engine::fix::verify::verify;
use tollgate_engine::{Silent, scan};

use super::{EXIT_ERROR, Exit, fix_output, scan_setup};
use crate::args::FixArgs;

fn read(file: &str) -> Option<String> {
    std::fs::read_to_string(file).ok()
}

fn filter(args: &FixArgs) -> Result<FixFilter, String> {
    Ok(FixFilter {
        rules: args.rules.clone(),
        min_severity: args.severity.as_deref().map(str::parse).transpose().map_err(|e| format!("--severity: {e}"))?,
        max_risk: args.max_risk.as_deref().map(str::parse).transpose().map_err(|e| format!("--max-risk: {e}"))?,
    })
}

pub fn run(args: &FixArgs) -> Exit {
    let filter = match filter(args) {
        Ok(filter) => filter,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_ERROR;
        }
    };
    let Ok(mut options) = scan_setup::options(&args.scan) else {
        return EXIT_ERROR;
    };
    options.keep_resources = true;
    options.with_sources = false;
    options.cache_dir = None;
    let outcome = scan(&options, &Silent);
    let before = report_keys(&outcome.report);
    let mut fixes = plan(&outcome.report, &outcome.resources, &filter, &read);
    let originals: BTreeMap<String, Option<String>> =
        fixes.iter().flat_map(|f| &f.edits).map(|e| (e.file.clone(), read(&e.file))).collect();
    options.keep_resources = false;
    let rescan = |edited: &BTreeMap<String, String>| {
        let mut options = options.clone();
        options.overlay = edited.iter().map(|(f, t)| (f.clone(), Arc::from(t.as_bytes()))).collect();
        Ok::<BTreeSet<String>, String>(report_keys(&scan(&options, &Silent).report))
    };
    let edited = verify(&mut fixes, &originals, &before, &rescan);
    let diffs = fix_output::diffs(&originals, &edited);
    let mut code = if fixes.iter().all(|f| f.status == FixStatus::Verified) { 0 } else { 1 };
    let mut written = Vec::new();
    if args.write {
        let (files, failed) = fix_output::write(&originals, &edited);
        written = files;
        if failed {
            code = EXIT_ERROR;
        }
    }
    let lines: Vec<String> = fixes
        .iter()
        .map(|fix| {
            let why = fix.reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default();
            let (status, risk) = (fix_output::name(&fix.status), fix_output::name(&fix.risk));
            let count =
                if fix.findings.len() > 1 { format!(" ({} findings)", fix.findings.len()) } else { String::new() };
            format!(
                "{status:<10} {risk:<6} risk  {} {} at {}:{}{count}{why}",
                fix.rule_id, fix.address, fix.file, fix.line
            )
        })
        .collect();
    let value = serde_json::to_value(&fixes).unwrap_or_default();
    match fix_output::emit(&args.format, args.output.as_ref(), value, &diffs, &lines, &written) {
        Ok(()) => code,
        Err(code) => code,
    }
}
