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
mod overlay_cache;
mod overlays;
pub mod plan;
mod price;
mod render;
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

/// Runs the pipeline: load -> normalize -> evaluate -> report, stage by stage:
///
/// | stage | what it adds to the run |
/// |---|---|
/// | `Run::new` | config selection, path globs, limits |
/// | 1 `discover` | files, rules and cache, found side by side |
/// | 1b `render` | Helm charts rendered into files that remember their template lines |
/// | 1c `overlays` | Kustomize overlays built; the files they consume scanned as built |
/// | 2 `normalize` | every file read and normalized, through the cache |
/// | 3 `terraform_stage` | Terraform evaluated per root module |
/// | `plan` (optional) | `--plan` resources moved to their HCL |
/// | 4 `collect` | the resources of every file, in file order |
/// | `price::live` (optional) | live snapshots joined (`--live`) |
/// | `price::cost` (optional) | `input.cost`, when a rule reads it |
/// | 5 `evaluate` | the rules, through the cache |
/// | 6 `report::findings` | findings, Conftest policies, selector errors |
/// | 7 `report::summary` | the report |
pub fn scan(options: &ScanOptions, progress: &dyn Progress) -> ScanOutcome {
    let mut run = Run::new(options);
    discover::stage(&mut run, progress);
    render::stage(&mut run, progress);
    overlays::stage(&mut run, progress);
    normalize::stage(&mut run, progress);
    terraform_stage::stage(&mut run, progress);
    plan::stage(&mut run);
    collect::stage(&mut run);
    price::live(&mut run);
    price::cost(&mut run);
    evaluate::stage(&mut run, progress);
    let built = report::findings(&mut run, progress);
    report::summary(run, built, progress)
}
