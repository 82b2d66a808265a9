//! The declared side of a drift comparison, for `drift` and for `drift --fix`'s re-checks: `--desired`
//! plan/state files, or the scanned repository (without the snapshots' own files).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use tollgate_engine::drift;
use tollgate_engine::drift::live::read_text;
use tollgate_engine::load::{Format, display_path};
use tollgate_engine::model::resource::Resource;
use tollgate_engine::normalize::{self, Normalized};
use tollgate_engine::report::model::ReportError;
use tollgate_engine::{Silent, scan};

use super::scan_setup;
use crate::args::DriftArgs;

/// A located error of the drift commands.
pub(super) fn error(kind: &str, file: &str, line: usize, column: usize, message: String) -> ReportError {
    ReportError { kind: kind.into(), file: file.to_owned(), line, column, message, rule_id: None }
}

/// The declared side: `--desired` plan/state files, or the scanned repository (without the snapshots).
/// `overlay` replaces files' text in memory (to verify fixes).
pub fn desired(
    args: &DriftArgs,
    live_files: &BTreeSet<String>,
    overlay: &BTreeMap<String, Arc<[u8]>>,
    errors: &mut Vec<ReportError>,
) -> Option<Vec<Resource>> {
    if !args.desired.is_empty() {
        let mut resources = Vec::new();
        for file in &args.desired {
            let display = display_path(file);
            let loaded = read_text(file).map_err(|m| (1, 1, m)).and_then(|text| {
                normalize::normalize(Format::Json, &display, tollgate_engine::load::dir_of(&display), &text)
                    .map_err(|e| (e.line, e.column, e.message))
            });
            match loaded {
                Ok(Normalized::Resources { resources: found }) => {
                    resources.extend(found.into_iter().filter(|r| !r.is_data_source()))
                }
                Ok(_) => errors.push(error(
                    "snapshot",
                    &display,
                    1,
                    1,
                    "--desired: not a Terraform plan or state JSON".into(),
                )),
                Err((line, column, message)) => errors.push(error("parse", &display, line, column, message)),
            }
        }
        return Some(resources);
    }
    let mut options = scan_setup::options(&args.scan).ok()?;
    options.builtin = false;
    options.policy_paths.clear();
    options.conftest_paths.clear();
    options.config.config.policies.clear();
    options.config.config.conftest_policies.clear();
    options.config.config.overrides.clear();
    options.cache_dir = None;
    options.with_sources = false;
    options.keep_resources = true;
    options.overlay = overlay.clone();
    let outcome = scan(&options, &Silent);
    errors.extend(outcome.report.errors.into_iter().filter(|e| !live_files.contains(&e.file)));
    Some(outcome.resources.into_iter().filter(|r| drift::is_declared(r) && !live_files.contains(&r.file)).collect())
}
