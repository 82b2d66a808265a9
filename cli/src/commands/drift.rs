//! `tollgate drift`: the repository's declared resources (or `--desired` plan/state JSON) against live
//! snapshots; exit 0 without drift, 1 with drift at or above `--fail-on`, 2 on errors.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use tollgate_engine::drift::ignore::{DriftIgnore, FILE_NAME};
use tollgate_engine::drift::{self, DriftOptions, render, snapshot};
use tollgate_engine::load::{Format, display_path};
use tollgate_engine::normalize::{self, Normalized};
use tollgate_engine::report::model::ReportError;
use tollgate_engine::resource::Resource;
use tollgate_engine::{Severity, Silent, scan};

use super::{EXIT_ERROR, Exit, scan_setup};
use crate::args::DriftArgs;

fn error(kind: &str, file: &str, line: usize, column: usize, message: String) -> ReportError {
    ReportError { kind: kind.into(), file: file.to_owned(), line, column, message, rule_id: None }
}

/// Every snapshot file under a path (sorted), or the path itself.
fn snapshot_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut files: Vec<PathBuf> = ignore::WalkBuilder::new(path)
        .standard_filters(false)
        .build()
        .flatten()
        .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
        .map(|e| e.into_path())
        .filter(|p| {
            let name = p.to_string_lossy();
            [".json", ".yaml", ".yml", ".tfstate"].iter().any(|ext| name.ends_with(ext))
        })
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    tollgate_engine::text::decode(&bytes).map_err(|e| e.to_string())
}

/// The live resources of every `--live` path; unreadable or unknown snapshots are errors, the others
/// are still compared.
fn live(args: &DriftArgs, errors: &mut Vec<ReportError>) -> (Vec<Resource>, BTreeSet<String>) {
    let mut resources = Vec::new();
    let mut files = BTreeSet::new();
    for path in &args.live {
        let found = snapshot_files(path);
        if found.is_empty() {
            let message = if path.exists() { "no snapshot files here" } else { "no such file or directory" };
            errors.push(error("snapshot", &display_path(path), 1, 1, message.into()));
        }
        for file in found {
            let display = display_path(&file);
            match read(&file)
                .map_err(|m| (1, 1, m))
                .and_then(|text| snapshot::load(&display, &text).map_err(|e| (e.line, e.column, e.message)))
            {
                Ok(loaded) => resources.extend(loaded),
                Err((line, column, message)) => errors.push(error("snapshot", &display, line, column, message)),
            }
            files.insert(display);
        }
    }
    (resources, files)
}

/// The declared side: `--desired` plan/state files, or the scanned repository (without the snapshots).
fn desired(args: &DriftArgs, live_files: &BTreeSet<String>, errors: &mut Vec<ReportError>) -> Option<Vec<Resource>> {
    if !args.desired.is_empty() {
        let mut resources = Vec::new();
        for file in &args.desired {
            let display = display_path(file);
            let loaded = read(file).map_err(|m| (1, 1, m)).and_then(|text| {
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
    let outcome = scan(&options, &Silent);
    errors.extend(outcome.report.errors.into_iter().filter(|e| !live_files.contains(&e.file)));
    Some(outcome.resources.into_iter().filter(|r| drift::is_declared(r) && !live_files.contains(&r.file)).collect())
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
    let ignore = match (args.write_ignore, read(&ignore_path)) {
        (false, Ok(text)) => match DriftIgnore::parse(&text) {
            Ok(ignore) => ignore,
            Err((line, message)) => {
                eprintln!("error: {}:{line}:1: {message}", ignore_path.display());
                return EXIT_ERROR;
            }
        },
        (false, Err(e)) if args.ignore_file.is_some() => {
            eprintln!("error: {}: {e}", ignore_path.display());
            return EXIT_ERROR;
        }
        _ => DriftIgnore::default(),
    };
    let mut errors = Vec::new();
    let (live, live_files) = live(args, &mut errors);
    let Some(desired) = desired(args, &live_files, &mut errors) else {
        return EXIT_ERROR;
    };
    let options = DriftOptions { strict_empty: args.strict_empty, ignore, fail_on };
    let mut report = drift::compare(&desired, &live, &options);
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
        _ => render::human(&report),
    };
    match &args.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, text) {
                eprintln!("error: {}: {e}", path.display());
                return EXIT_ERROR;
            }
        }
        None => print!("{text}"),
    }
    Exit::try_from(code).unwrap_or(EXIT_ERROR)
}
