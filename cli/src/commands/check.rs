//! `tollgate check`: scan, render every requested format, exit 0/1/2.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use tollgate_engine::drift::DriftOptions;
use tollgate_engine::drift::live::load_paths;

use clap::ArgMatches;
use tollgate_engine::cost::estimate::estimate;
use tollgate_engine::report::model::{Report, ReportCost};
use tollgate_engine::report::{self, Format};
use tollgate_engine::suppress::baseline::Baseline;
use tollgate_engine::{ScanOutcome, scan};

use super::{EXIT_ERROR, Exit, git_scan, scan_setup};
use crate::args::CheckArgs;
use crate::progress::TerminalProgress;

pub fn run(args: &CheckArgs, matches: &ArgMatches) -> Exit {
    let outputs = match pair_formats(&args.format, &args.output, matches) {
        Ok(outputs) => outputs,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_ERROR;
        }
    };
    // The terminal and the HTML page show the lines findings point at.
    let with_sources = outputs.iter().any(|(format, _)| matches!(format, Format::Human | Format::Html));
    let page = outputs.iter().any(|(format, _)| matches!(format, Format::Html));
    let mut outcome = match outcome(args, with_sources, page) {
        Ok(outcome) => outcome,
        Err(code) => return code,
    };
    let cache_dir = scan_setup::cache_dir(&args.scan);
    if let Some(settings) = crate::explain::Settings::from_args(&args.explain, &outcome.models, cache_dir) {
        crate::explain::explain(&mut outcome.report, &outcome.sources, &settings);
    }
    // What the page's header says was scanned: the revision and the time (the JSON report has neither).
    let git = &args.git;
    outcome.report.scanned.revision = match (&git.rev, &git.base, &git.head) {
        (Some(rev), _, _) => Some(rev.clone()),
        (None, Some(base), head) => Some(format!("{} against {base}", head.as_deref().unwrap_or("the work tree"))),
        _ if git.staged => Some("the staged files".into()),
        _ => None,
    };
    outcome.report.scanned.generated_at = Some(chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string());
    let color = !args.no_color && std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal();
    if let Err(code) = write_outputs(&outputs, &outcome.report, &outcome.sources, color) {
        return code;
    }
    let code = outcome.report.exit_code();
    // The process ends right after: freeing every resource and finding one by one only costs time.
    std::mem::forget(outcome);
    code
}

/// Scans as the arguments say (from the file system or git), with terminal progress. For an HTML
/// `page`, the report carries the estimate of the scanned resources (`Report::cost`).
pub fn outcome(args: &CheckArgs, with_sources: bool, page: bool) -> Result<ScanOutcome, Exit> {
    let Ok(mut options) = scan_setup::options(&args.scan) else {
        return Err(EXIT_ERROR);
    };
    options.with_sources = with_sources;
    // The page's cost section prices every resource from its values, which cached files do not keep:
    // a page's run reads every file (a cold and a warm run show the same estimate).
    if page && options.cost.is_some() {
        options.keep_resources = true;
        options.cache_dir = None;
    }
    let pricing = page.then(|| (options.cost.clone(), options.cost_base.clone()));
    if let Some(level) = &args.fail_on {
        match level.parse() {
            Ok(level) => options.fail_on = Some(level),
            Err(message) => {
                eprintln!("error: --fail-on: {message}");
                return Err(EXIT_ERROR);
            }
        }
    }
    if let Some(path) = &args.baseline {
        match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| Baseline::parse(&t).map_err(|e| e.to_string()))
        {
            Ok(baseline) => options.baseline = Some(baseline),
            Err(message) => {
                eprintln!("error: baseline {}: {message}", path.display());
                return Err(EXIT_ERROR);
            }
        }
    }
    if let Some(shard) = &args.shard {
        match shard.parse() {
            Ok(shard) => options.shard = Some(shard),
            Err(message) => {
                eprintln!("error: --shard: {message}");
                return Err(EXIT_ERROR);
            }
        }
    }
    if !args.live.is_empty() {
        let Ok(ignore) = super::drift::read_ignore(None) else {
            return Err(EXIT_ERROR);
        };
        let drift = DriftOptions { ignore, ..DriftOptions::default() };
        options.live = Some(load_paths(&args.live, drift));
    }
    let progress = TerminalProgress::new();
    let outcome = if args.git.active() {
        match git_scan::run(args, options, &progress) {
            Ok(outcome) => outcome,
            Err(message) => {
                progress.finish();
                eprintln!("error: {message}");
                return Err(EXIT_ERROR);
            }
        }
    } else {
        scan(&options, &progress)
    };
    progress.finish();
    let mut outcome = outcome;
    if let Some((Some(context), base)) = pricing {
        let estimate = estimate(&outcome.resources, &context.catalog, &context.usage, &context.defaults);
        let base_total = base.map(|b| b.values().sum::<f64>());
        if !estimate.resources.is_empty() || !estimate.unpriced.is_empty() {
            outcome.report.cost = Some(ReportCost { estimate, base_total });
        }
    }
    Ok(outcome)
}

/// Renders the report in every requested format, to its file or stdout.
pub fn write_outputs(
    outputs: &[(Format, Option<PathBuf>)],
    report: &Report,
    sources: &BTreeMap<String, Arc<str>>,
    color: bool,
) -> Result<(), Exit> {
    for (format, output) in outputs {
        let text = report::render(*format, report, sources, color && output.is_none());
        match output {
            Some(path) => std::fs::write(path, text).map_err(|err| {
                eprintln!("error: cannot write {}: {err}", path.display());
                EXIT_ERROR
            })?,
            None => out!("{text}"),
        }
    }
    Ok(())
}

/// Pairs each `--output` with the `--format` before it; formats without an output go to stdout.
pub fn pair_formats(
    format_names: &[String],
    output_paths: &[PathBuf],
    matches: &ArgMatches,
) -> Result<Vec<(Format, Option<PathBuf>)>, String> {
    let formats: Vec<(usize, Format)> = match matches.indices_of("format") {
        Some(indices) => indices
            .zip(format_names)
            .map(|(i, name)| {
                Format::parse(name)
                    .map(|f| (i, f))
                    .ok_or_else(|| format!("unknown format `{name}` (expected one of {})", Format::NAMES.join(", ")))
            })
            .collect::<Result<_, _>>()?,
        None => vec![(0, Format::Human)],
    };
    let mut pairs: Vec<(Format, Option<PathBuf>)> = formats.iter().map(|(_, f)| (*f, None)).collect();
    if let Some(indices) = matches.indices_of("output") {
        for (index, path) in indices.zip(output_paths) {
            let Some(slot) = formats.iter().rposition(|(i, _)| *i < index) else {
                return Err(format!("--output {} must follow the --format it writes", path.display()));
            };
            if pairs[slot].1.replace(path.clone()).is_some() {
                return Err(format!("two --output files for one --format (at {})", path.display()));
            }
        }
    }
    if pairs.iter().filter(|(_, out)| out.is_none()).count() > 1 {
        return Err("more than one --format writes to stdout; give --output for all but one".into());
    }
    Ok(pairs)
}
