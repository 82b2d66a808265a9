//! `tollgate cost [PATH...]`: the monthly cost estimate of the scanned Terraform (evaluated HCL or
//! `--plan`), from the price catalogs, as a table, JSON (`schemas/cost.schema.json`) or markdown;
//! `--base REV` adds the pull request's cost diff. Exit 0; 1 when a budget of `.tollgate.yaml` is
//! exceeded; 2 when inputs could not be read.

use std::collections::BTreeMap;

use clap::Parser;
use tollgate_engine::Silent;
use tollgate_engine::cost::catalog::Catalog;
use tollgate_engine::cost::diff::diff;
use tollgate_engine::cost::estimate::{CostContext, Defaults, estimate};
use tollgate_engine::cost::usage::Usage;
use tollgate_engine::cost::{budget, render};
use tollgate_engine::model::resource::Resource;
use tollgate_engine::report::model::ReportError;
use tollgate_engine::{ScanOptions, scan};

use super::cost_base::{self, FromBase};
use super::{EXIT_ERROR, Exit, git_scan, scan_setup};
use crate::args::{Cli, Command, CostArgs};

/// Scans the paths (or, with `rev`, the files of that revision) and keeps the resources; no rule
/// runs, the estimate needs the evaluated resources only.
fn resources(
    args: &CostArgs,
    options: &ScanOptions,
    rev: Option<&str>,
) -> Result<(Vec<Resource>, Vec<ReportError>), Exit> {
    let mut options = options.clone();
    options.keep_resources = true;
    options.with_sources = false;
    options.cache_dir = None;
    options.builtin = false;
    options.policy_paths.clear();
    options.conftest_paths.clear();
    options.cost = None;
    let outcome = match rev {
        None => scan(&options, &Silent),
        Some(rev) => {
            let mut argv = vec!["tollgate".to_owned(), "check".to_owned()];
            argv.extend(args.scan.paths.iter().map(|p| p.display().to_string()));
            argv.extend(["--rev".to_owned(), rev.to_owned()]);
            let Ok(Cli { command: Command::Check(check), .. }) = Cli::try_parse_from(&argv) else {
                return Err(EXIT_ERROR);
            };
            git_scan::run(&check, options, &Silent).map_err(|message| {
                eprintln!("error: --base {rev}: {message}");
                EXIT_ERROR
            })?
        }
    };
    Ok((outcome.resources, outcome.report.errors))
}

pub fn run(args: &CostArgs) -> Exit {
    let Ok(mut options) = scan_setup::options(&args.scan) else {
        return EXIT_ERROR;
    };
    // The scan set-up loaded the default catalogs already; `--catalog-dir` loads others.
    let context = match options.cost.take().filter(|_| args.catalog_dir.is_none()) {
        Some(context) => context,
        None => match Catalog::load(super::scan_setup::catalog_dir(args.catalog_dir.as_ref()).as_deref()) {
            Ok(catalog) => std::sync::Arc::new(CostContext { catalog, ..CostContext::default() }),
            Err(message) => {
                eprintln!("error: {message}");
                return EXIT_ERROR;
            }
        },
    };
    let catalog = &context.catalog;
    let defaults = Defaults {
        aws_region: args.aws_region.clone(),
        gcp_region: args.gcp_region.clone(),
        azure_location: args.azure_location.clone(),
    };
    let FromBase { budgets, usage, warnings } = match gate(args, &options) {
        Ok(gate) => gate,
        Err(code) => return code,
    };
    let mut base_report = None;
    let (head, mut errors) = match resources(args, &options, None) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let mut report = estimate(&head, catalog, &usage, &defaults);
    if let Some(base) = &args.base {
        let (base_resources, base_errors) = match resources(args, &options, Some(base)) {
            Ok(found) => found,
            Err(code) => return code,
        };
        errors.extend(base_errors);
        let before = estimate(&base_resources, catalog, &usage, &defaults);
        report.diff = Some(diff(&before, &report));
        base_report = Some(before);
    }
    report.budgets = budget::check(&budgets, &report, base_report.as_ref());
    let mut warnings = warnings;
    warnings.extend(tollgate_engine::cost::stale_warning(&report, chrono::Local::now().date_naive()));
    for warning in &warnings {
        eprintln!("warning: {warning}");
    }
    report.warnings = warnings;
    for key in usage.unused() {
        eprintln!("warning: usage key `{key}` matches no priced resource");
    }
    let text = match args.format.as_str() {
        "json" => serde_json::to_string_pretty(&report).unwrap_or_default() + "\n",
        "markdown" => render::markdown(&report),
        "html" => tollgate_engine::cost::html::render(&report),
        _ => render::human(&report),
    };
    if let Err(code) = super::emit(args.output.as_deref(), &text) {
        return code;
    }
    match report_errors(&errors) {
        0 if report.budgets.iter().any(|b| b.exceeded) => 1,
        code => code,
    }
}

/// The budgets and usage figures the run is judged by: with `--base` the base revision's (the change
/// cannot loosen its own gate), else the work tree's.
fn gate(args: &CostArgs, options: &ScanOptions) -> Result<FromBase, Exit> {
    if let Some(rev) = &args.base {
        return cost_base::read(rev, &args.scan.paths, args.usage_file.as_deref()).map_err(|message| {
            eprintln!("error: --base {rev}: {message}");
            EXIT_ERROR
        });
    }
    let usage = match &args.usage_file {
        None => Usage::default(),
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| (0, 0, e.to_string()))
            .and_then(|t| Usage::parse(&t).map_err(|e| (e.line, e.column, e.message)))
            .map_err(|(line, column, message)| {
                eprintln!("error: {}:{line}:{column}: {message}", path.display());
                EXIT_ERROR
            })?,
    };
    Ok(FromBase { budgets: options.config.config.budgets.clone(), usage, warnings: Vec::new() })
}

/// Files that could not be read fail the run (their resources are missing from the estimate).
fn report_errors(errors: &[ReportError]) -> Exit {
    let mut seen = BTreeMap::new();
    for e in errors {
        if seen.insert((&e.file, e.line, &e.message), ()).is_none() {
            eprintln!("error: {}:{}:{}: {}", e.file, e.line, e.column, e.message);
        }
    }
    if errors.is_empty() { 0 } else { EXIT_ERROR }
}
