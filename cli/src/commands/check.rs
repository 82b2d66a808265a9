//! `tollgate check`: scan, render every requested format, exit 0/1/2.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::ArgMatches;
use tollgate_engine::baseline::Baseline;
use tollgate_engine::report::{self, Format};
use tollgate_engine::scan;

use super::{EXIT_ERROR, Exit, scan_setup};
use crate::args::CheckArgs;
use crate::progress::TerminalProgress;

pub fn run(args: &CheckArgs, matches: &ArgMatches) -> Exit {
    let outputs = match pair_formats(args, matches) {
        Ok(outputs) => outputs,
        Err(message) => {
            eprintln!("error: {message}");
            return EXIT_ERROR;
        }
    };
    let Ok(mut options) = scan_setup::options(&args.scan) else {
        return EXIT_ERROR;
    };
    if let Some(level) = &args.fail_on {
        match level.parse() {
            Ok(level) => options.fail_on = Some(level),
            Err(message) => {
                eprintln!("error: --fail-on: {message}");
                return EXIT_ERROR;
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
                return EXIT_ERROR;
            }
        }
    }
    let progress = TerminalProgress::new();
    let outcome = scan(&options, &progress);
    progress.finish();
    let color =
        !args.no_color && std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal();
    for (format, output) in outputs {
        let text = report::render(
            format,
            &outcome.report,
            &outcome.sources,
            color && output.is_none(),
        );
        match output {
            Some(path) => {
                if let Err(err) = std::fs::write(&path, text) {
                    eprintln!("error: cannot write {}: {err}", path.display());
                    return EXIT_ERROR;
                }
            }
            None => print!("{text}"),
        }
    }
    outcome.report.exit_code()
}

/// Pairs each `--output` with the `--format` before it; formats without an output go to stdout.
fn pair_formats(
    args: &CheckArgs,
    matches: &ArgMatches,
) -> Result<Vec<(Format, Option<PathBuf>)>, String> {
    let formats: Vec<(usize, Format)> = match matches.indices_of("format") {
        Some(indices) => indices
            .zip(&args.format)
            .map(|(i, name)| {
                Format::parse(name).map(|f| (i, f)).ok_or_else(|| {
                    format!(
                        "unknown format `{name}` (expected one of {})",
                        Format::NAMES.join(", ")
                    )
                })
            })
            .collect::<Result<_, _>>()?,
        None => vec![(0, Format::Human)],
    };
    let mut pairs: Vec<(Format, Option<PathBuf>)> =
        formats.iter().map(|(_, f)| (*f, None)).collect();
    if let Some(indices) = matches.indices_of("output") {
        for (index, path) in indices.zip(&args.output) {
            let Some(slot) = formats.iter().rposition(|(i, _)| *i < index) else {
                return Err(format!(
                    "--output {} must follow the --format it writes",
                    path.display()
                ));
            };
            if pairs[slot].1.replace(path.clone()).is_some() {
                return Err(format!(
                    "two --output files for one --format (at {})",
                    path.display()
                ));
            }
        }
    }
    if pairs.iter().filter(|(_, out)| out.is_none()).count() > 1 {
        return Err(
            "more than one --format writes to stdout; give --output for all but one".into(),
        );
    }
    Ok(pairs)
}
