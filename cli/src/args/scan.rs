//! Arguments of `tollgate check` and of every command that scans: what to scan, with which rules, from
//! the file system or git, with explanations and proposed fixes; `inspect` and `merge`.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct InspectArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Output format: json.
    #[arg(long, short = 'f', default_value = "json", value_parser = ["json"])]
    pub format: String,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// JSON reports written by `check --format json`.
    #[arg(required = true)]
    pub reports: Vec<PathBuf>,
    /// Output format (repeatable): json, sarif, junit, markdown, github, human.
    #[arg(long, short = 'f')]
    pub format: Vec<String>,
    /// Write the preceding --format to this file (repeatable).
    #[arg(long, short = 'o')]
    pub output: Vec<PathBuf>,
}

/// What to scan and with which rules (shared by `check` and `baseline create`).
#[derive(Debug, Args, Clone)]
pub struct ScanArgs {
    /// Files or directories to scan.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Config file (default: `.tollgate.yaml` in the first scanned directory).
    #[arg(long, short = 'c')]
    pub config: Option<PathBuf>,
    /// Extra rule directory or file (repeatable), Rego with optional METADATA.
    #[arg(long = "policy", short = 'p')]
    pub policies: Vec<PathBuf>,
    /// Conftest policy directory (repeatable): its rules see each document as `conftest test` parses it,
    /// every namespace; their results are findings (deny/violation `medium`, warn `low`).
    #[arg(long = "conftest-policy", value_name = "DIR")]
    pub conftest_policies: Vec<PathBuf>,
    /// Turn the built-in rule pack off.
    #[arg(long)]
    pub no_builtin: bool,
    /// Largest file read, in bytes (bigger files are reported as errors). Default: the config's
    /// `limits.max_file_size`, else 10 MB.
    #[arg(long)]
    pub max_file_size: Option<u64>,
    /// Cache directory for per-file results (default: $XDG_CACHE_HOME/tollgate or ~/.cache/tollgate).
    #[arg(long, env = "TOLLGATE_CACHE_DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Parse and evaluate every file, without reading or writing the cache.
    #[arg(long)]
    pub no_cache: bool,
    /// Terraform variable definitions file for root modules (repeatable, after the `*.auto.tfvars`).
    #[arg(long = "var-file", value_name = "FILE")]
    pub var_files: Vec<PathBuf>,
    /// Terraform variable for root modules, `name=value` (repeatable; wins over files and TF_VAR_).
    #[arg(long = "var", value_name = "NAME=VALUE")]
    pub vars: Vec<String>,
    /// A plan (`terraform show -json PLANFILE`) made in the scanned root module: its resources are
    /// checked instead of the evaluated HCL, and findings point at the HCL that declares them.
    #[arg(long, value_name = "PLAN.JSON")]
    pub plan: Option<PathBuf>,
    /// Helm values file merged over every scanned chart's values, after the config's `helm:` values
    /// (repeatable, in order), as `helm template --values` takes it.
    #[arg(long = "helm-values", value_name = "FILE")]
    pub helm_values: Vec<PathBuf>,
    /// Helm value for every scanned chart, `path=value` as `helm --set` reads it (`a.b[0].c=v`;
    /// repeatable, applied last).
    #[arg(long = "helm-set", value_name = "PATH=VALUE")]
    pub helm_set: Vec<String>,
    /// Render charts with this `helm` binary (`helm` on PATH when no path is given) instead of the
    /// built-in renderer; findings then point at template lines by matching text, not exactly.
    #[arg(long = "helm-binary", value_name = "PATH", num_args = 0..=1, default_missing_value = "helm")]
    pub helm_binary: Option<PathBuf>,
    /// Fetch the registry, git and archive modules the Terraform calls (and not in
    /// `.terraform/modules`) into the cache, so their resources are checked; cached modules are
    /// used without a connection. Also `modules: download` in the config.
    #[arg(long)]
    pub download_modules: bool,
    /// With --download-modules: use the versions and commits of `.tollgate-modules.lock.json`
    /// (`tollgate modules lock` writes it) and refuse a module whose files no longer match it.
    #[arg(long)]
    pub locked: bool,
    /// Seconds one module fetch may take.
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub module_timeout: u64,
    /// Run only the rules mapped to this compliance framework (`cis-aws`, `cis-aws-v3.0`, `soc2`,
    /// `pci-dss`, `hipaa`, `nist`; repeatable); the report gives each one's posture.
    #[arg(long = "framework", value_name = "NAME")]
    pub frameworks: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Output format (repeatable): human, json, sarif, junit, markdown, github.
    #[arg(long, short = 'f')]
    pub format: Vec<String>,
    /// Write the preceding --format to this file instead of stdout (repeatable).
    #[arg(long, short = 'o')]
    pub output: Vec<PathBuf>,
    /// Lowest severity that fails the run: low, medium, high, critical (default: config `fail_on`, else low).
    #[arg(long)]
    pub fail_on: Option<String>,
    /// Fail only on findings whose fingerprints are not in this baseline file.
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// No colors in human output (also when NO_COLOR is set or stdout is not a terminal).
    #[arg(long)]
    pub no_color: bool,
    #[command(flatten)]
    pub git: GitArgs,
    /// Scan only shard K of N (module directories and files split deterministically), for CI matrices.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<String>,
    /// Live snapshot file or directory (repeatable): the rules judge the live resources too (findings
    /// only the live side has are marked live-only), and drift rules judge the differences.
    #[arg(long, value_name = "FILE_OR_DIR")]
    pub live: Vec<PathBuf>,
    #[command(flatten)]
    pub explain: ExplainArgs,
}

/// Explanations of findings: from the rules (offline), or from an OpenAI-compatible model.
#[derive(Debug, Args, Clone, Default)]
pub struct ExplainArgs {
    /// Explain the findings (new first, highest severity first): risk, change, trade-offs.
    #[arg(long)]
    pub explain: bool,
    /// Most findings explained.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub explain_max: usize,
    /// Print exactly what would be sent (one JSON request per finding, on stderr) and send nothing.
    #[arg(long)]
    pub explain_dry_run: bool,
    #[command(flatten)]
    pub model: ModelArgs,
}

/// The OpenAI-compatible model `--explain` and `--propose` ask.
#[derive(Debug, Args, Clone, Default)]
pub struct ModelArgs {
    /// Model as `NAME` or `NAME@BASE_URL` (repeatable: a fallback chain, first first); default
    /// OPENAI_MODEL at OPENAI_BASE_URL when either OPENAI_BASE_URL or OPENAI_API_KEY is set.
    #[arg(long = "model", value_name = "MODEL")]
    pub models: Vec<String>,
    /// Tokens the run may spend on the model; when spent, it is asked nothing more.
    #[arg(long, value_name = "TOKENS", default_value_t = 20_000)]
    pub model_budget: u64,
    /// Seconds to wait for one answer.
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub model_timeout: u64,
    /// Append one JSON line per model call (time, model, prompt hash, tokens, cache hit, outcome).
    #[arg(long, value_name = "FILE")]
    pub audit_log: Option<PathBuf>,
}

/// Fixes proposed by a model where the rule declares none, verified like any other.
#[derive(Debug, Args, Clone, Default)]
pub struct ProposeArgs {
    /// Ask the model for fixes of findings whose rule declares none; only verified ones are shown.
    #[arg(long)]
    pub propose: bool,
    /// Most findings a fix is asked for.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub propose_max: usize,
    #[command(flatten)]
    pub model: ModelArgs,
}

/// Reading the repository from git instead of the file system.
#[derive(Debug, Args, Clone, Default)]
pub struct GitArgs {
    /// Scan the files of this revision, read from the object database (no checkout).
    #[arg(long, value_name = "REV", conflicts_with_all = ["base", "staged"])]
    pub rev: Option<String>,
    /// Scan what changed since this revision, and classify findings as new, unchanged or fixed.
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
    /// With --base: the head revision (default: the work tree).
    #[arg(long, value_name = "REV", requires = "base", conflicts_with = "staged")]
    pub head: Option<String>,
    /// Scan the staged content (the index), as a pre-commit hook does.
    #[arg(long)]
    pub staged: bool,
    /// With --base: fail only on new findings.
    #[arg(long, requires = "base")]
    pub new_only: bool,
    /// With --base: read rules and config from the base (default; a change cannot weaken its own gate) or the head.
    #[arg(long, value_name = "SIDE", default_value = "base", value_parser = ["base", "head"])]
    pub policy_from: String,
}

impl GitArgs {
    pub fn active(&self) -> bool {
        self.rev.is_some() || self.base.is_some() || self.staged
    }
}
