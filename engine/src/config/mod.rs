//! `.tollgate.yaml`: the typed configuration, loading it (validated against `schemas/config.schema.json`,
//! errors located by line and key) and the per-path rule selection it describes.

pub mod helm;
mod load;
pub mod select;
pub mod suggest;
pub mod unmatched;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

pub use load::{CONFIG_NAMES, ConfigError, find, load, parse as parse_text, schema};

use crate::model::severity::Severity;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub include: Vec<String>,
    #[serde(default)]
    pub exclude: Vec<String>,
    pub fail_on: Option<Severity>,
    pub builtin: Option<bool>,
    #[serde(default)]
    pub policies: Vec<String>,
    /// Conftest policy directories, run on the documents as Conftest parses them.
    #[serde(default)]
    pub conftest_policies: Vec<String>,
    #[serde(default)]
    pub rules: RuleSelection,
    #[serde(default)]
    pub waivers: Vec<Waiver>,
    #[serde(default)]
    pub overrides: Vec<Override>,
    /// Monthly cost limits per path glob, checked by `tollgate cost`.
    #[serde(default)]
    pub budgets: Vec<Budget>,
    /// The models `--explain` and `--propose` ask, in fallback order (when no `--model` is given).
    #[serde(default)]
    pub models: Vec<ModelConfig>,
    /// Values rules read as `data.tollgate.rule_data` (the built-in COST006 reads
    /// `cost_allocation_tags`).
    #[serde(default)]
    pub rule_data: serde_json::Map<String, serde_json::Value>,
    /// Limits against hostile input (file size, YAML and HCL depth, aliases, expansion, rule time).
    #[serde(default)]
    pub limits: crate::model::limits::Limits,
    /// How Helm charts are rendered (values per chart).
    #[serde(default)]
    pub helm: helm::HelmConfig,
    /// `download`: fetch registry, git and archive modules before scanning (as `--download-modules`).
    pub modules: Option<ModulesMode>,
}

/// Whether modules from outside the repository are fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModulesMode {
    Download,
    Off,
}

/// One OpenAI-compatible model in the fallback chain: a private local model first, a hosted one
/// second. The key is read from the environment variable `api_key_env` names (only names ending in
/// `API_KEY`, so a config cannot send another secret such as a `GITHUB_TOKEN` to an endpoint).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ModelConfig {
    pub name: String,
    /// Default: `OPENAI_BASE_URL`, else OpenAI's.
    pub base_url: Option<String>,
    /// Default: `OPENAI_API_KEY`.
    pub api_key_env: Option<String>,
}

/// A cost budget: the resources under `paths` may cost at most `monthly` a month in total, and a
/// change (`cost --base`) may add at most `delta` a month.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub paths: String,
    pub monthly: Option<f64>,
    pub delta: Option<f64>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSelection {
    #[serde(default)]
    pub enable: Vec<String>,
    #[serde(default)]
    pub disable: Vec<String>,
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    /// Where each entry is written: (`enable`, `disable` or `severity`; the entry) to line and column.
    #[serde(skip)]
    pub positions: BTreeMap<(String, String), (usize, usize)>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    pub rule: String,
    pub path: Option<String>,
    pub resource: Option<String>,
    pub reason: String,
    pub expires: Option<String>,
    /// The line of the waiver in the config file.
    #[serde(skip)]
    pub line: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub paths: Vec<String>,
    #[serde(default)]
    pub policies: Vec<String>,
    /// Conftest policy directories, run on the documents as Conftest parses them.
    #[serde(default)]
    pub conftest_policies: Vec<String>,
    #[serde(default)]
    pub rules: RuleSelection,
}

/// A configuration and where it came from.
#[derive(Debug, Clone, Default)]
pub struct LoadedConfig {
    pub config: Config,
    /// The config file as shown in reports; `None` when no file was found.
    pub file: Option<String>,
    /// Directory relative paths in the file (policies) are resolved against.
    pub dir: PathBuf,
}

impl LoadedConfig {
    /// The config file's directory as a display path: the base its path globs are relative to.
    pub fn base(&self) -> String {
        if self.file.is_none() {
            return String::new();
        }
        crate::load::display_path(&self.dir)
    }
}
