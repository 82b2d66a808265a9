//! The scan: one run of `tollgate check` as a list of stages over a `Run` (`state.rs`). It receives
//! `ScanOptions` (paths or files in memory, rules, config, cache, optional plan, live snapshots,
//! prices and shard) and returns a `ScanOutcome` (the report, the texts it points into, the
//! resources when asked). Each stage's file says what it reads and what it adds.

mod collect;
pub mod conftest;
mod discover;
mod evaluate;
pub mod file;
pub mod findings;
pub mod inputs;
mod normalize;
pub mod options;
pub mod plan;
mod price;
mod report;
mod state;
pub mod terraform;
mod terraform_stage;

use std::collections::BTreeMap;
use std::sync::Arc;

pub use crate::evaluate::loaded::{LoadedRules, load_rules};
pub use options::ScanOptions;

use crate::model::resource::Resource;
use crate::report::model::Report;
use state::Run;

/// A policy directory read from memory: its label, its modules (name, source), and the path globs it
/// is limited to (an override's `paths`; empty for everywhere).
#[derive(Debug, Clone, Default)]
pub struct PolicyModules {
    pub label: String,
    pub modules: Vec<(String, String)>,
    pub paths: Vec<String>,
}

/// Progress reports from a run (the engine never prints; the CLI draws them).
pub trait Progress: Sync {
    fn stage(&self, _name: &'static str, _total: usize) {}
    fn advance(&self, _by: usize) {}
}

/// No progress reporting.
pub struct Silent;
impl Progress for Silent {}

/// A finished run: the report, and the text of every file it points into (for snippets).
#[derive(Debug)]
pub struct ScanOutcome {
    pub report: Report,
    pub sources: BTreeMap<String, Arc<str>>,
    /// The resources rules received (only with `keep_resources`).
    pub resources: Vec<Resource>,
    /// The config's model fallback chain (from the config the scan used: the base's with `--base`).
    pub models: Vec<crate::config::ModelConfig>,
}

/// Runs the pipeline: load -> normalize -> evaluate -> report, stage by stage.
pub fn scan(options: &ScanOptions, progress: &dyn Progress) -> ScanOutcome {
    let mut run = Run::new(options); //          config selection, path globs, limits
    discover::stage(&mut run, progress); //      1 files, rules and cache, side by side
    normalize::stage(&mut run, progress); //     2 every file read and normalized, through the cache
    terraform_stage::stage(&mut run, progress); //     3 Terraform evaluated per root module
    plan::stage(&mut run); //                      optional: `--plan` resources moved to their HCL
    collect::stage(&mut run); //                 4 the resources of every file, in file order
    price::live(&mut run); //                      optional: live snapshots joined (`--live`)
    price::cost(&mut run); //                      optional: `input.cost`, when a rule reads it
    evaluate::stage(&mut run, progress); //      5 the rules, through the cache
    report::findings(&mut run, progress); //     6 findings, Conftest policies, selector errors
    report::summary(run, progress) //            7 the report
}
