//! What a scan is asked to do: paths or files in memory, rules and policies, config, cache, limits,
//! and the inputs of the Terraform, drift and cost stages (`ScanOptions`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::config::LoadedConfig;
use crate::drift::live::LiveSnapshots;
use crate::load::{MemoryFile, Shard};
use crate::model::severity::Severity;
use crate::normalize::terraform::Inputs;
use crate::scan::PolicyModules;
use crate::suppress::baseline::Baseline;

/// What to scan and how.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    pub paths: Vec<PathBuf>,
    pub config: LoadedConfig,
    /// Extra policy files or directories (`--policy`).
    pub policy_paths: Vec<PathBuf>,
    /// Policy sources already in memory (read from a git revision).
    pub policy_modules: Vec<PolicyModules>,
    /// `--conftest-policy`: Conftest policy directories, and such modules already in memory.
    pub conftest_paths: Vec<PathBuf>,
    pub conftest_modules: Vec<(String, String)>,
    /// Files already in memory (a git revision or the index); when set, `paths` are not walked.
    pub files: Option<Vec<MemoryFile>>,
    /// `--shard K/N`: scan only this shard's module directories and files.
    pub shard: Option<Shard>,
    /// Where to keep per-file results between runs (`None`: no cache).
    pub cache_dir: Option<PathBuf>,
    /// Part of every cache key besides the version: the CLI passes an id of its own build, so a rebuilt
    /// binary (same version, other code) never trusts another build's results.
    pub cache_salt: String,
    /// Whether the outcome carries the text of files with findings even when the cache spared reading
    /// them (for snippets in human output).
    pub with_sources: bool,
    /// Whether the built-in pack runs (`--no-builtin` turns it off; so does `builtin: false` in config).
    pub builtin: bool,
    /// `--fail-on`; falls back to the config's `fail_on`, then `low`.
    pub fail_on: Option<Severity>,
    pub baseline: Option<Baseline>,
    /// `--max-file-size`: wins over the config's `limits.max_file_size`.
    pub max_file_size: Option<u64>,
    /// The date waivers expire against.
    pub today: NaiveDate,
    /// Terraform variable values from outside the files (`--var-file`, `--var`, `TF_VAR_`).
    pub terraform: Inputs,
    /// Files of a git revision beyond the scanned ones that Terraform may read (modules, `file()`).
    pub context_files: Vec<MemoryFile>,
    /// Whether the outcome carries the resources (for `tollgate inspect`).
    pub keep_resources: bool,
    /// `--plan`: a plan JSON whose resources are checked instead of the evaluated HCL, located at it.
    pub plan: Option<PathBuf>,
    /// `--live`: live snapshots whose resources the rules judge too, and that give drift states.
    pub live: Option<LiveSnapshots>,
    /// Files whose text is replaced in memory (display path to content), and new files: how a fix is
    /// verified before anything is written.
    pub overlay: BTreeMap<String, Arc<[u8]>>,
    /// `--helm-values`/`--helm-set`: values merged over every chart's, after the config's (`null`: none).
    pub helm_values: serde_json::Value,
    /// `--helm-binary`: render charts on disk with this `helm` instead of the built-in renderer.
    pub helm_binary: Option<std::path::PathBuf>,
    /// Prices for `input.cost`: every priced resource carries its monthly estimate into the rules.
    /// Whoever sets it adds the catalog to `cache_salt`, so cached results follow price changes.
    pub cost: Option<Arc<crate::cost::estimate::CostContext>>,
    /// Price resources even when no rule reads `input.cost` (a scan made for its prices).
    pub price_always: bool,
    /// With `--base`: the base revision's monthly estimates by `cost::estimate::base_key`, so each
    /// priced resource's `input.cost` carries its `delta`.
    pub cost_base: Option<Arc<std::collections::HashMap<String, f64>>>,
    /// `--framework`: only the rules mapped to one of these frameworks run, and the report gives
    /// each one's posture.
    pub frameworks: Vec<String>,
}

impl ScanOptions {
    pub fn new(paths: Vec<PathBuf>) -> Self {
        ScanOptions {
            paths,
            config: LoadedConfig::default(),
            policy_paths: Vec::new(),
            policy_modules: Vec::new(),
            conftest_paths: Vec::new(),
            conftest_modules: Vec::new(),
            files: None,
            shard: None,
            cache_dir: None,
            cache_salt: String::new(),
            with_sources: true,
            builtin: true,
            fail_on: None,
            baseline: None,
            max_file_size: None,
            today: chrono::Local::now().date_naive(),
            terraform: Inputs::default(),
            context_files: Vec::new(),
            keep_resources: false,
            plan: None,
            live: None,
            overlay: BTreeMap::new(),
            helm_values: serde_json::Value::Null,
            helm_binary: None,
            cost: None,
            price_always: false,
            cost_base: None,
            frameworks: Vec::new(),
        }
    }
}
