//! The Conftest stage of `tollgate check`: the `--conftest-policy` directories (and config
//! `conftest_policies`) run on every scanned file in Conftest's document shapes; their results join the
//! findings. Files are read again only when the cache spared reading them.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::config::select::Selection;
use crate::conftest::in_check::{self, CheckContext, ConftestOutcome};
use crate::evaluate::registry::read_modules;
use crate::load::FileRef;
use crate::model::resource::Resource;
use crate::report::model::{Finding, ReportError};
use crate::scan::ScanOptions;
use crate::scan::file::FileOutcome;

/// Every Conftest policy module of the run: config `conftest_policies`, `--conftest-policy`, and those
/// read from a git revision.
fn modules(options: &ScanOptions, errors: &mut Vec<ReportError>) -> Vec<(String, String)> {
    let config = &options.config;
    let dirs = config.config.conftest_policies.iter().map(|p| config.dir.join(p));
    let mut modules = Vec::new();
    for dir in dirs.chain(options.conftest_paths.iter().cloned()) {
        let (found, unreadable) = read_modules(&dir);
        if found.is_empty() && unreadable.is_empty() {
            errors.push(ReportError {
                kind: "config".into(),
                file: crate::load::display_path(&dir),
                line: 1,
                column: 1,
                message: "no Conftest policies (`.rego` files) here".into(),
                rule_id: None,
            });
        }
        modules.extend(found);
        errors.extend(unreadable.into_iter().map(|e| ReportError {
            kind: "io".into(),
            file: e.file,
            line: e.line,
            column: e.column,
            message: e.message,
            rule_id: None,
        }));
    }
    modules.extend(options.conftest_modules.iter().cloned());
    modules
}

/// Runs the stage; `None` when the run has no Conftest policies.
pub fn run(
    options: &ScanOptions,
    discovered: &[FileRef],
    outcomes: &[FileOutcome],
    resources: &[Resource],
    selection: &Selection,
) -> Option<ConftestOutcome> {
    let mut errors = Vec::new();
    let modules = modules(options, &mut errors);
    if modules.is_empty() && errors.is_empty() {
        return None;
    }
    // Files whose parse error the scan already reports are not reported twice.
    let failed: BTreeSet<&str> = outcomes.iter().filter(|o| o.result.is_err()).map(|o| o.display.as_str()).collect();
    let texts: Vec<(String, Arc<str>)> = discovered
        .iter()
        .zip(outcomes)
        .filter(|(file, _)| !failed.contains(file.display.as_str()))
        .filter(|(file, _)| options.shard.is_none_or(|s| s.owns(&file.display)))
        .filter_map(|(file, outcome)| {
            let text = outcome.text.clone().or_else(|| {
                let bytes = match &file.data {
                    Some(data) => Some(data.to_vec()),
                    None => std::fs::read(&file.path).ok(),
                };
                bytes.and_then(|b| crate::model::text::decode(&b).ok()).map(Arc::from)
            })?;
            Some((file.display.clone(), text))
        })
        .collect();
    let context = CheckContext {
        resources,
        selection,
        waivers: &options.config.config.waivers,
        base: &options.config.base(),
        today: options.today,
        baseline: options.baseline.as_ref(),
    };
    let mut outcome =
        if modules.is_empty() { ConftestOutcome::default() } else { in_check::run(&modules, &texts, &context) };
    outcome.errors.extend(errors);
    Some(outcome)
}

/// Adds the stage's findings (in the report's order) and errors to the run's.
pub fn merge(outcome: Option<ConftestOutcome>, findings: &mut Vec<Finding>, errors: &mut Vec<ReportError>) {
    let Some(outcome) = outcome else { return };
    findings.extend(outcome.findings);
    findings.sort_by(|a, b| (&a.file, a.line, &a.rule_id, &a.message).cmp(&(&b.file, b.line, &b.rule_id, &b.message)));
    errors.extend(outcome.errors);
}
