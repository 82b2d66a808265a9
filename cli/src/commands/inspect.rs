//! `tollgate inspect`: the resources exactly as rules receive them (after Terraform evaluation), so a
//! policy author can see the input, as `conftest parse` shows it.

use serde_json::json;
use tollgate_engine::{ScanOptions, Silent, scan};

use super::{EXIT_ERROR, Exit, scan_setup};
use crate::args::{InspectArgs, ScanArgs};

/// Options that load and normalize the paths and keep the resources, running no rule: what
/// `inspect` prints and `ask` queries.
pub fn model_options(args: &ScanArgs) -> Result<ScanOptions, Exit> {
    let Ok(mut options) = scan_setup::options(args) else {
        return Err(EXIT_ERROR);
    };
    // No rules run and nothing is cached: only loading and normalizing matter here.
    options.builtin = false;
    options.policy_paths.clear();
    options.config.config.policies.clear();
    options.config.config.overrides.clear();
    // Rule selection names rules that are not loaded here.
    options.config.config.rules = Default::default();
    options.cache_dir = None;
    options.with_sources = false;
    options.keep_resources = true;
    options.price_always = true;
    Ok(options)
}

pub fn run(args: &InspectArgs) -> Exit {
    let options = match model_options(&args.scan) {
        Ok(options) => options,
        Err(code) => return code,
    };
    let outcome = scan(&options, &Silent);
    let resources: Vec<_> = outcome.resources.iter().map(|r| r.to_input()).collect();
    let document = json!({
        "resources": resources,
        "errors": outcome.report.errors,
        "warnings": outcome.report.warnings,
        "terraform": outcome.report.terraform,
    });
    match serde_json::to_string_pretty(&document) {
        Ok(text) => outln!("{text}"),
        Err(err) => {
            eprintln!("error: {err}");
            return EXIT_ERROR;
        }
    }
    if outcome.report.errors.is_empty() { 0 } else { EXIT_ERROR }
}
