//! Verifying rule fixes in rounds. Fixes whose edits touch the same place of a file (two fixes that
//! each add the missing `securityContext` of one container, or the missing block of one resource)
//! cannot be planned against the same text: the first goes in this round, the others wait. After a
//! round, what waits (and what failed in a file the round edited) is planned again against the edited
//! texts and verified on top of them, so overlapping fixes compose one at a time, each re-verified.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::FixStatus;
use super::cost_check;
use super::plan::{FixFilter, ModuleCallers, plan, report_keys};
use super::rule_fix::RuleFix;
use super::verify::verify;
use crate::model::resource::Resource;
use crate::scan::{ScanOptions, Silent, scan};

/// More rounds than any resource has overlapping fixes (a container has at most a handful).
const MAX_ROUNDS: usize = 12;

/// What verification needs besides the fixes: the project's options, the first scan's keys, which
/// findings to fix, and how to read a file that no round has edited.
pub struct Verification<'a> {
    pub options: &'a ScanOptions,
    pub before: &'a BTreeSet<String>,
    pub filter: &'a FixFilter,
    pub read: &'a dyn Fn(&str) -> Option<String>,
    /// Price the fixed resources and drop fixes that raise the cost without their rule's leave.
    pub with_cost: bool,
}

/// Whether two edits of one file collide: their ranges overlap, or both insert at one point.
fn collide(a: &super::TextEdit, b: &super::TextEdit) -> bool {
    a.file == b.file
        && ((a.range.start < b.range.end && b.range.start < a.range.end)
            || (a.range.start == b.range.start && (a.range.is_empty() || b.range.is_empty())))
}

/// Splits fixes into this round's (no two collide) and those that wait for the next one.
fn split(fixes: Vec<RuleFix>) -> (Vec<RuleFix>, Vec<RuleFix>) {
    let (mut now, mut later): (Vec<RuleFix>, Vec<RuleFix>) = (Vec::new(), Vec::new());
    for fix in fixes {
        let taken = now.iter().flat_map(|f| &f.edits).any(|e| fix.edits.iter().any(|mine| collide(e, mine)));
        if taken { later.push(fix) } else { now.push(fix) }
    }
    (now, later)
}

/// The texts of `files` as the rounds so far left them.
fn current(
    files: impl Iterator<Item = String>,
    texts: &BTreeMap<String, String>,
    read: &dyn Fn(&str) -> Option<String>,
) -> BTreeMap<String, Option<String>> {
    files.map(|f| (f.clone(), texts.get(&f).cloned().or_else(|| read(&f)))).collect()
}

/// `options` (a scoped re-check) with the edited texts in memory: those of files it scans only, since
/// a text outside its paths would be added to the scan as a file of its own.
fn overlaid(options: &ScanOptions, texts: &BTreeMap<String, String>, keep_resources: bool) -> ScanOptions {
    let mut options = options.clone();
    options.keep_resources = keep_resources;
    let roots: Vec<String> = options.paths.iter().map(|p| crate::load::display_path(p)).collect();
    let within = |file: &str| {
        options.files.is_some()
            || roots.iter().any(|r| r.is_empty() || r == "." || file == r || file.starts_with(&format!("{r}/")))
    };
    options.overlay =
        texts.iter().filter(|(f, _)| within(f)).map(|(f, t)| (f.clone(), Arc::from(t.as_bytes()))).collect();
    options
}

/// Verifies `fixes` (planned from `report` and `resources`, the first scan's) in rounds; returns every
/// fix with its status and the edited texts of the verified ones.
pub fn verify_in_rounds(
    verification: &Verification<'_>,
    resources: &[Resource],
    fixes: Vec<RuleFix>,
) -> (Vec<RuleFix>, BTreeMap<String, String>) {
    let Verification { options, before, filter, read, with_cost } = *verification;
    let callers = ModuleCallers::new(resources);
    // Fixes planned again keep the place (line, order) of the first plan: diffs are against the originals.
    let origin: BTreeMap<String, (usize, usize)> = fixes
        .iter()
        .enumerate()
        .flat_map(|(i, f)| f.findings.iter().map(move |key| (key.clone(), (i, f.line))))
        .collect();
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let mut settled: Vec<RuleFix> = Vec::new();
    let mut pending = fixes;
    let mut base_cost = cost_check::monthly_by_address(resources);
    for round in 1.. {
        let (declined, open): (Vec<RuleFix>, Vec<RuleFix>) =
            pending.into_iter().partition(|f| f.status == FixStatus::Declined);
        settled.extend(declined);
        let (mut now, later) = split(open);
        let originals = current(now.iter().flat_map(|f| &f.edits).map(|e| e.file.clone()), &texts, read);
        let rescan = |edited: &BTreeMap<String, String>| {
            let mut all = texts.clone();
            all.extend(edited.iter().map(|(f, t)| (f.clone(), t.clone())));
            let scoped = overlaid(&callers.scoped(options, edited), &all, false);
            Ok(report_keys(&scan(&scoped, &Silent).report))
        };
        let mut edited = verify(&mut now, &originals, before, &rescan);
        if with_cost && !edited.is_empty() {
            let mut all = texts.clone();
            all.extend(edited.clone());
            let after = scan(&overlaid(&callers.scoped(options, &edited), &all, true), &Silent).resources;
            if cost_check::judge(&mut now, &base_cost, &cost_check::monthly_by_address(&after)) > 0 {
                let judged: Vec<bool> = now.iter().map(|f| f.status == FixStatus::Declined).collect();
                edited = verify(&mut now, &originals, before, &rescan);
                for (fix, _) in now.iter_mut().zip(judged).filter(|(_, judged)| *judged) {
                    fix.status = FixStatus::Unverified;
                }
            }
        }
        let changed: BTreeSet<String> = edited.keys().cloned().collect();
        texts.extend(edited);
        // A fix that failed in a file this round edited may pass against the new text.
        let (retry, done): (Vec<RuleFix>, Vec<RuleFix>) = now
            .into_iter()
            .partition(|f| f.status == FixStatus::Unverified && f.edits.iter().any(|e| changed.contains(&e.file)));
        settled.extend(done);
        let waiting: Vec<RuleFix> = later.into_iter().chain(retry).collect();
        if waiting.is_empty() || changed.is_empty() || round == MAX_ROUNDS {
            settled.extend(waiting.into_iter().map(|mut fix| {
                fix.status = FixStatus::Unverified;
                fix.reason.get_or_insert_with(|| {
                    "overlaps the edit of another fix here: run `tollgate fix` again after writing".into()
                });
                fix
            }));
            break;
        }
        let (replanned, cost) = replan(options, &callers, &texts, waiting, filter, read);
        pending = replanned;
        base_cost.extend(cost);
    }
    let place = |fix: &RuleFix| fix.findings.first().and_then(|key| origin.get(key)).copied();
    for fix in &mut settled {
        if let Some((_, line)) = place(fix) {
            fix.line = line;
        }
    }
    settled.sort_by_key(|fix| place(fix).map_or(usize::MAX, |(i, _)| i));
    (settled, texts)
}

/// Plans the waiting fixes again against the edited texts: a scan of their files' modules with the
/// texts in memory, the findings they answered still there, each with the fix it had when the new
/// scan gives none (a model's proposal). Fixes whose findings are gone are dropped (answered by
/// another fix). Returns the new fixes and the resources' monthly costs at this point.
fn replan(
    options: &ScanOptions,
    callers: &ModuleCallers,
    texts: &BTreeMap<String, String>,
    waiting: Vec<RuleFix>,
    filter: &FixFilter,
    read: &dyn Fn(&str) -> Option<String>,
) -> (Vec<RuleFix>, BTreeMap<(String, String), f64>) {
    let files: BTreeMap<String, String> = waiting.iter().map(|f| (f.file.clone(), String::new())).collect();
    let mut outcome = scan(&overlaid(&callers.scoped(options, &files), texts, true), &Silent);
    let found = std::mem::take(&mut outcome.report.findings);
    let mut old: BTreeMap<&str, &RuleFix> = BTreeMap::new();
    for fix in &waiting {
        for key in &fix.findings {
            old.insert(key.as_str(), fix);
        }
    }
    let mut report = outcome.report;
    for finding in &found {
        let key = format!("finding {} {}", finding.fingerprint, finding.file);
        let Some(was) = old.get(key.as_str()) else { continue };
        let mut finding = finding.clone();
        if finding.fix.is_none() {
            finding.fix = was.fix.as_ref().and_then(|spec| serde_json::to_value(spec).ok());
        }
        report.findings.push(finding);
    }
    let read_current = |file: &str| texts.get(file).cloned().or_else(|| read(file));
    let mut fixes = plan(&report, &outcome.resources, filter, &read_current);
    for fix in &mut fixes {
        let was = fix.findings.iter().find_map(|key| old.get(key.as_str()));
        fix.proposed_by = was.and_then(|w| w.proposed_by.clone());
    }
    (fixes, cost_check::monthly_by_address(&outcome.resources))
}
