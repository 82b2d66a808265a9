//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "tollgate", version, about = "Policy-as-code checks for Terraform, Kubernetes and CloudFormation")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories with the rules and report findings.
    Check(Box<CheckArgs>),
    /// Accept the current findings: `baseline create` writes their fingerprints for `check --baseline`.
    #[command(subcommand)]
    Baseline(BaselineCommand),
    /// Inspect the rules.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Combine the JSON reports of sharded runs into one report.
    Merge(MergeArgs),
    /// Run the Rego unit tests (`test_*` rules in `*_test.rego`) of policy directories, as `conftest verify`.
    Verify(VerifyArgs),
    /// Test files against Conftest policies, as `conftest test` does.
    Test(TestArgs),
    /// Print the resources as rules receive them (after Terraform evaluation), as JSON.
    Inspect(InspectArgs),
    /// Compare the declared resources with live snapshots: missing, unmanaged and changed attributes.
    Drift(DriftArgs),
    /// Apply the fixes rules declare: each verified by re-checking, shown as a diff, written with --write.
    Fix(FixArgs),
    /// Post results on GitHub: the pull-request comment, the check run, fix pull requests, the drift issue.
    #[command(subcommand)]
    Github(GithubCommand),
    /// Estimate the monthly cost of the Terraform, offline; with --base, the cost diff of a change.
    Cost(CostArgs),
    /// The price catalogs `cost` reads.
    #[command(subcommand)]
    Prices(PricesCommand),
}

#[derive(Debug, Subcommand)]
pub enum PricesCommand {
    /// Refresh the AWS and Azure catalogs from the providers' public, key-free price APIs (the AWS
    /// Price List bulk API, the Azure Retail Prices API); the only `prices` command that goes online.
    Update(PricesUpdateArgs),
}

#[derive(Debug, Args)]
pub struct PricesUpdateArgs {
    /// Providers to refresh (repeatable): aws, azure.
    #[arg(long = "provider", value_parser = ["aws", "azure"], default_values_t = ["aws".to_owned(), "azure".to_owned()])]
    pub providers: Vec<String>,
    /// AWS regions (repeatable; default: us-east-1, us-east-2, us-west-2, eu-west-1, eu-central-1,
    /// ap-southeast-1, ap-northeast-1).
    #[arg(long = "aws-region", value_name = "REGION")]
    pub aws_regions: Vec<String>,
    /// Azure regions (repeatable; default: eastus, westeurope).
    #[arg(long = "azure-region", value_name = "REGION")]
    pub azure_regions: Vec<String>,
    /// Where the catalogs are written (default: `prices/` in the cache directory).
    #[arg(long, env = "TOLLGATE_CATALOG_DIR", value_name = "DIR")]
    pub catalog_dir: Option<PathBuf>,
    /// The AWS Price List bulk API's root.
    #[arg(long, env = "TOLLGATE_AWS_PRICING_URL", default_value = "https://pricing.us-east-1.amazonaws.com")]
    pub aws_pricing_url: String,
    /// The Azure Retail Prices API's root.
    #[arg(long, env = "TOLLGATE_AZURE_PRICES_URL", default_value = "https://prices.azure.com")]
    pub azure_prices_url: String,
}

#[derive(Debug, Args)]
pub struct CostArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Output format: human (a table), json (`schemas/cost.schema.json`), markdown.
    #[arg(long, short = 'f', default_value = "human", value_parser = ["human", "json", "markdown"])]
    pub format: String,
    /// Write the output to this file instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Usage of usage-priced components, in Infracost's `infracost-usage.yml` format.
    #[arg(long, value_name = "FILE")]
    pub usage_file: Option<PathBuf>,
    /// Compare with this revision (read from git, no checkout): added, removed, changed, total delta.
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
    /// Price catalogs written by `tollgate prices update` (default: `prices/` in the cache directory).
    #[arg(long, env = "TOLLGATE_CATALOG_DIR", value_name = "DIR")]
    pub catalog_dir: Option<PathBuf>,
    /// AWS region of resources that do not name one.
    #[arg(long, default_value = "us-east-1")]
    pub aws_region: String,
    /// Google Cloud region of resources that do not name a zone or region.
    #[arg(long, default_value = "us-central1")]
    pub gcp_region: String,
    /// Azure location of resources that do not name one.
    #[arg(long, default_value = "eastus")]
    pub azure_location: String,
}

#[derive(Debug, Subcommand)]
pub enum GithubCommand {
    /// Post the sticky pull-request comment (re-runs edit it): new, fixed and unchanged findings, drift.
    Comment(GithubReportArgs),
    /// Create a check run on the head commit: conclusion from the gate, annotations 50 per request.
    Check(GithubReportArgs),
    /// The Action's step: job summary, comment and check run (and SARIF with --sarif); exits with the
    /// scan's code (0 clean, 1 findings, 2 errors).
    Pr(GithubReportArgs),
    /// Open or update one pull request with the verified fixes (low risk unless --max-risk), built with
    /// the git data API: no checkout push or push credentials needed.
    FixPr(GithubFixPrArgs),
    /// Open, update or close the repository's drift issue from `drift --format json` output.
    DriftIssue(GithubDriftArgs),
}

/// Which repository, pull request and commit (default: from GITHUB_REPOSITORY and GITHUB_EVENT_PATH).
#[derive(Debug, Args, Clone, Default)]
pub struct GithubTarget {
    /// Repository as OWNER/NAME (default: GITHUB_REPOSITORY).
    #[arg(long, value_name = "OWNER/NAME")]
    pub repo: Option<String>,
    /// Pull request number (default: from the event file).
    #[arg(long, value_name = "NUMBER")]
    pub pr: Option<u64>,
    /// Head commit (default: the pull request's head, else GITHUB_SHA).
    #[arg(long)]
    pub sha: Option<String>,
    /// Event file (default: GITHUB_EVENT_PATH).
    #[arg(long, value_name = "FILE")]
    pub event: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct GithubReportArgs {
    #[command(flatten)]
    pub target: GithubTarget,
    /// Paths to scan when no --report is given (the scan compares with the pull request's base).
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// A report written by `check --format json` (default: scan here).
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// A report written by `drift --format json`, summarized in the comment.
    #[arg(long, value_name = "FILE")]
    pub drift: Option<PathBuf>,
    /// An estimate written by `cost --base REV --format json`: the cost delta table in the comment.
    #[arg(long, value_name = "FILE")]
    pub cost: Option<PathBuf>,
    /// When scanning here: write the JSON report to this file before posting anything.
    #[arg(long, value_name = "FILE")]
    pub write_report: Option<PathBuf>,
    /// Also write the report as SARIF to this file (for code scanning's upload step).
    #[arg(long, value_name = "FILE")]
    pub sarif: Option<PathBuf>,
    /// When scanning here: the lowest severity that fails.
    #[arg(long)]
    pub fail_on: Option<String>,
    /// When scanning here: only findings new in the pull request fail.
    #[arg(long)]
    pub new_only: bool,
    /// When scanning here: config file.
    #[arg(long, short = 'c')]
    pub config: Option<PathBuf>,
    /// Write the local outputs (report, SARIF, job summary, step outputs) and post nothing.
    #[arg(long)]
    pub no_post: bool,
    #[command(flatten)]
    pub explain: ExplainArgs,
}

#[derive(Debug, Args)]
pub struct GithubFixPrArgs {
    #[command(flatten)]
    pub target: GithubTarget,
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Only findings of these rules (repeatable; ids or globs).
    #[arg(long = "rule", value_name = "ID")]
    pub rules: Vec<String>,
    /// Only findings at or above this severity.
    #[arg(long)]
    pub severity: Option<String>,
    /// Widest risk opened as a pull request: low (default), medium, high.
    #[arg(long, default_value = "low")]
    pub max_risk: String,
    /// Branch the pull request targets (default: the pull request's head branch, else the default branch).
    #[arg(long, value_name = "BRANCH")]
    pub target_branch: Option<String>,
    #[command(flatten)]
    pub propose: ProposeArgs,
}

#[derive(Debug, Args)]
pub struct GithubDriftArgs {
    #[command(flatten)]
    pub target: GithubTarget,
    /// The report written by `drift --format json`.
    #[arg(long, value_name = "FILE")]
    pub report: PathBuf,
    /// Also open (or update) a pull request that reconciles the code: `codify` (the code takes the
    /// live values) or `import` (import blocks for unmanaged resources); needs --live and the paths.
    #[arg(long, value_name = "KIND", value_parser = ["codify", "import"], requires = "live")]
    pub fix_pr: Option<String>,
    /// With --fix-pr: the live snapshots the drift report was made from (repeatable).
    #[arg(long, value_name = "FILE_OR_DIR")]
    pub live: Vec<PathBuf>,
    /// With --fix-pr: the paths the drift report was made from.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// With --fix-pr: the branch the pull request targets (default: the default branch).
    #[arg(long, value_name = "BRANCH")]
    pub target_branch: Option<String>,
}

#[derive(Debug, Args)]
pub struct FixArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Only findings of these rules (repeatable; ids or globs such as `AWS*`).
    #[arg(long = "rule", value_name = "ID")]
    pub rules: Vec<String>,
    /// Only findings at or above this severity.
    #[arg(long)]
    pub severity: Option<String>,
    /// Only fixes at or below this risk (low, medium, high; default: all).
    #[arg(long)]
    pub max_risk: Option<String>,
    /// Write the verified fixes to the files (each whole or not at all).
    #[arg(long)]
    pub write: bool,
    /// Output format: human (unified diffs) or json (`schemas/fix.schema.json`).
    #[arg(long, short = 'f', default_value = "human", value_parser = ["human", "json"])]
    pub format: String,
    /// Write the output to this file instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub propose: ProposeArgs,
}

#[derive(Debug, Args)]
pub struct DriftArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Live snapshot file or directory (repeatable): Terraform state, a refresh-only plan, `kubectl get
    /// -o json|yaml` output, or a tollgate snapshot.
    #[arg(long, required = true, value_name = "FILE_OR_DIR")]
    pub live: Vec<PathBuf>,
    /// The declared side from a plan or state JSON instead of the repository's files (repeatable).
    #[arg(long, value_name = "FILE")]
    pub desired: Vec<PathBuf>,
    /// Output format: human, json, markdown.
    #[arg(long, short = 'f', default_value = "human", value_parser = ["human", "json", "markdown"])]
    pub format: String,
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Lowest severity that fails the run (missing: high, changed: medium, unmanaged: low).
    #[arg(long)]
    pub fail_on: Option<String>,
    /// Drift ignore file (default: `.tollgate-driftignore` in the working directory, when present).
    #[arg(long)]
    pub ignore_file: Option<PathBuf>,
    /// Write an ignore file covering the current drift (to the ignore file path) and exit.
    #[arg(long)]
    pub write_ignore: bool,
    /// Count `null` against an empty string, list or map as drift.
    #[arg(long)]
    pub strict_empty: bool,
    /// Reconcile in the code (repeatable): `codify` sets declared values to the live ones, `import`
    /// writes `import {}` and resource blocks for unmanaged resources. Verified fixes print as a diff.
    #[arg(long, value_name = "KIND", value_parser = ["codify", "import"], conflicts_with = "write_ignore")]
    pub fix: Vec<String>,
    /// With --fix: write the verified fixes to the files (each whole or not at all).
    #[arg(long, requires = "fix")]
    pub write: bool,
    /// With --fix import: the file that receives the blocks (default: `imported.tf` in the first path).
    #[arg(long, value_name = "FILE")]
    pub import_file: Option<PathBuf>,
    #[command(flatten)]
    pub explain: ExplainArgs,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Output format: json.
    #[arg(long, short = 'f', default_value = "json", value_parser = ["json"])]
    pub format: String,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Files or directories to test (`-` reads standard input).
    #[arg(required = true)]
    pub files: Vec<String>,
    /// Policy directory or file (repeatable).
    #[arg(long = "policy", short = 'p', default_value = "policy")]
    pub policies: Vec<PathBuf>,
    /// Namespace (package) whose rules run (repeatable).
    #[arg(long, short = 'n', default_value = "main")]
    pub namespace: Vec<String>,
    /// Run the rules of every namespace.
    #[arg(long)]
    pub all_namespaces: bool,
    /// Test all inputs at once, as one array of `{path, contents}`.
    #[arg(long)]
    pub combine: bool,
    /// Data documents (JSON or YAML files or directories), available under `data.`.
    #[arg(long, short = 'd')]
    pub data: Vec<PathBuf>,
    /// Parser for every input: yaml, json, hcl2, toml, ini, dotenv, dockerfile.
    #[arg(long, alias = "input", short = 'i')]
    pub parser: Option<String>,
    /// Output: stdout, json, tap, table, junit, github, sarif.
    #[arg(long, short = 'o', default_value = "stdout")]
    pub output: String,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub fail_on_warn: bool,
    /// Exit 0 even with failures.
    #[arg(long)]
    pub no_fail: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Policy directory or file (repeatable).
    #[arg(long = "policy", short = 'p', default_value = "policy")]
    pub policies: Vec<PathBuf>,
    /// `stdout` or `json`.
    #[arg(long, short = 'o', default_value = "stdout", value_parser = ["stdout", "json"])]
    pub output: String,
    /// Data documents (JSON or YAML files or directories), available under `data.`.
    #[arg(long = "data", short = 'd')]
    pub data: Vec<PathBuf>,
    /// Details under each test: `fails` (source and printed notes of failing tests), `full` (of every
    /// test), `notes` (only what tests printed), as `conftest verify --report`.
    #[arg(long, value_parser = ["fails", "full", "notes"])]
    pub report: Option<String>,
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

#[derive(Debug, Subcommand)]
pub enum BaselineCommand {
    /// Write the fingerprints of the current findings to a baseline file.
    Create {
        #[command(flatten)]
        scan: ScanArgs,
        /// Baseline file to write.
        #[arg(long, short = 'o', default_value = ".tollgate-baseline.json")]
        output: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List the rules that would run.
    List {
        #[command(flatten)]
        source: RuleSource,
        /// Only rules for this platform: aws, azure, gcp, kubernetes, cloudformation, terraform, drift.
        #[arg(long)]
        platform: Option<String>,
        /// Only rules mapped to this framework (`cis-aws`, `soc2`, `pci-dss`, `hipaa`, `nist`, ...).
        #[arg(long)]
        framework: Option<String>,
        /// `human` or `json`.
        #[arg(long, short = 'f', default_value = "human")]
        format: String,
    },
    /// Show one rule in full: what it checks, why, how to fix it, a corrected example, its mappings.
    Show {
        /// The rule id (`AWS001`).
        id: String,
        #[command(flatten)]
        source: RuleSource,
        /// `human` or `json`.
        #[arg(long, short = 'f', default_value = "human")]
        format: String,
    },
    /// Run rule folders' Rego unit tests and fixture expectations (`fixtures/fail_*` must get a
    /// finding of the rule, `fixtures/pass_*` none): the built-in pack when no directory is given.
    Test {
        /// Directories holding rule folders (`<rule>/policy.rego`, `policy_test.rego`, `fixtures/`).
        dirs: Vec<PathBuf>,
        /// `human` or `json`.
        #[arg(long, short = 'f', default_value = "human")]
        format: String,
    },
}

/// Where rules come from: the built-in pack and extra rule directories.
#[derive(Debug, clap::Args)]
pub struct RuleSource {
    /// Extra rule directory or file (repeatable).
    #[arg(long = "policy", short = 'p')]
    pub policies: Vec<PathBuf>,
    /// Leave the built-in rule pack out.
    #[arg(long)]
    pub no_builtin: bool,
}

/// How `--var-file` and `--var` interleave on this process's command line (Terraform applies them in
/// that order), recorded once from the parsed arguments.
static VAR_ORDER: std::sync::OnceLock<Vec<tollgate_engine::normalize::terraform::CliInput>> =
    std::sync::OnceLock::new();

/// Records the order of `--var-file` and `--var` in the innermost subcommand's arguments.
pub fn record_var_order(matches: &clap::ArgMatches) {
    use tollgate_engine::normalize::terraform::CliInput;
    let mut leaf = matches;
    while let Some((_, sub)) = leaf.subcommand() {
        leaf = sub;
    }
    // Commands without the flags have no such ids (asking clap for an unknown id is a bug it reports).
    let indices = |id: &str| -> Vec<usize> {
        match leaf.try_contains_id(id) {
            Ok(true) => leaf.indices_of(id).into_iter().flatten().collect(),
            _ => Vec::new(),
        }
    };
    let mut order: Vec<(usize, CliInput)> = indices("var_files")
        .into_iter()
        .enumerate()
        .map(|(i, at)| (at, CliInput::VarFile(i)))
        .chain(indices("vars").into_iter().enumerate().map(|(i, at)| (at, CliInput::Var(i))))
        .collect();
    order.sort_by_key(|(at, _)| *at);
    let _ = VAR_ORDER.set(order.into_iter().map(|(_, input)| input).collect());
}

/// The order `record_var_order` found (empty before, or without such flags).
pub fn var_order() -> Vec<tollgate_engine::normalize::terraform::CliInput> {
    VAR_ORDER.get().cloned().unwrap_or_default()
}
