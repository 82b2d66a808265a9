//! `tollgate drift`: the repository's declared resources (or `--desired` plan/state JSON) against live
//! snapshots; exit 0 without drift, 1 with drift at or above `--fail-on`, 2 on errors.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use tollgate_engine::drift::ignore::{DriftIgnore, FILE_NAME};
use tollgate_engine::drift::live::{load_paths, read_text};
use tollgate_engine::drift::{self, DriftOptions, policy, render};
use tollgate_engine::evaluate::registry;
use tollgate_engine::report::summary::rule_infos;
use tollgate_engine::{Severity, scan};

use super::{EXIT_ERROR, Exit, scan_setup};
use crate::args::DriftArgs;

/// The drift ignore file: the given one (which must exist), else `.tollgate-driftignore` when present.
pub fn read_ignore(path: Option<&Path>) -> Result<DriftIgnore, ()> {
    let ignore_path = path.unwrap_or(Path::new(FILE_NAME));
    match read_text(ignore_path) {
        Ok(text) => DriftIgnore::parse(&text).map_err(|(line, message)| {
            eprintln!("error: {}:{line}:1: {message}", ignore_path.display());
        }),
        Err(e) if path.is_some() => {
            eprintln!("error: {}: {e}", ignore_path.display());
            Err(())
        }
        Err(_) => Ok(DriftIgnore::default()),
    }
}

/// `drift --fix`'s verified fixes without printing them (for `github drift-issue --fix-pr`).
pub fn verified_fixes(args: &DriftArgs) -> Result<super::drift_fix::Verified, Exit> {
    let ignore = read_ignore(args.ignore_file.as_deref()).map_err(|()| EXIT_ERROR)?;
    let options = DriftOptions { strict_empty: args.strict_empty, ignore, fail_on: None };
    let snapshots = load_paths(&args.live, options);
    let mut errors = snapshots.errors.clone();
    let desired =
        super::drift_desired::desired(args, &snapshots.files, &BTreeMap::new(), &mut errors).ok_or(EXIT_ERROR)?;
    let (mut report, by_desired) = drift::compare_matched(&desired, &snapshots.resources, &snapshots.options);
    report.finish(errors, None);
    super::drift_fix::verified(args, &snapshots, &desired, &report, &by_desired)
}

pub fn run(args: &DriftArgs) -> Exit {
    let fail_on = match args.fail_on.as_deref().map(str::parse::<Severity>) {
        None => None,
        Some(Ok(level)) => Some(level),
        Some(Err(e)) => {
            eprintln!("error: --fail-on: {e}");
            return EXIT_ERROR;
        }
    };
    let ignore_path = args.ignore_file.clone().unwrap_or_else(|| PathBuf::from(FILE_NAME));
    let ignore = if args.write_ignore {
        DriftIgnore::default()
    } else {
        match read_ignore(args.ignore_file.as_deref()) {
            Ok(ignore) => ignore,
            Err(()) => return EXIT_ERROR,
        }
    };
    let options = DriftOptions { strict_empty: args.strict_empty, ignore, fail_on };
    let snapshots = load_paths(&args.live, options);
    let mut errors = snapshots.errors.clone();
    let Some(desired) = super::drift_desired::desired(args, &snapshots.files, &BTreeMap::new(), &mut errors) else {
        return EXIT_ERROR;
    };
    let (mut report, by_desired) = drift::compare_matched(&desired, &snapshots.resources, &snapshots.options);
    snapshots.cross_check(&mut report);
    // Severities matter to the report only: an ignore file or fixes do not need the drift rules.
    if !args.write_ignore && args.fix.is_empty() {
        match scan_setup::options(&args.scan) {
            Ok(mut options) => {
                // Only drift rules judge drift: compile the built-in ones alone, then the user's policies.
                let builtin = options.builtin && options.config.config.builtin != Some(false);
                options.builtin = false;
                let mut rules = scan::load_rules(&options);
                if builtin {
                    let pack = registry::builtin_drift();
                    rules.rules.extend(pack.rules);
                    errors.extend(
                        pack.errors
                            .into_iter()
                            .map(|e| super::drift_desired::error("rule", &e.file, e.line, e.column, e.message)),
                    );
                }
                errors.extend(rules.errors);
                errors.extend(policy::judge(&desired, &snapshots.resources, &by_desired, &mut report, &rules.rules));
                let cache_dir = options.cache_dir.take();
                let models = &options.config.config.models;
                if let Some(settings) = crate::explain::Settings::from_args(&args.explain, models, cache_dir) {
                    let drift_rules: Vec<_> = rules.rules.into_iter().filter(|r| r.meta.drift).collect();
                    let (mut questions, items) = drift::explain::as_report(&report, rule_infos(&drift_rules));
                    crate::explain::explain(&mut questions, &BTreeMap::new(), &settings);
                    drift::explain::attach(&mut report, &items, questions);
                }
            }
            Err(()) => return EXIT_ERROR,
        }
    }
    if !args.fix.is_empty() {
        report.finish(errors, fail_on);
        return super::drift_fix::run(args, &snapshots, &desired, &report, &by_desired);
    }
    let code = report.finish(errors, fail_on);
    if args.write_ignore {
        return match std::fs::write(&ignore_path, DriftIgnore::write(&report)) {
            Ok(()) => {
                let s = &report.summary;
                let count = s.missing + s.unmanaged + s.changed_attributes;
                eprintln!("wrote {} ({count} entries)", ignore_path.display());
                if s.errors > 0 { EXIT_ERROR } else { 0 }
            }
            Err(e) => {
                eprintln!("error: {}: {e}", ignore_path.display());
                EXIT_ERROR
            }
        };
    }
    let text = match args.format.as_str() {
        "json" => serde_json::to_string_pretty(&report).map(|t| t + "\n").unwrap_or_default(),
        "markdown" => render::markdown(&report),
        "html" => drift::html::render(&report),
        _ => render::human(&report),
    };
    if let Err(code) = super::emit(args.output.as_deref(), &text) {
        return code;
    }
    Exit::try_from(code).unwrap_or(EXIT_ERROR)
}
