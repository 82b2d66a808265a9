//! Arguments of the `tollgate github` commands: the pull-request report, fix pull requests, the drift issue.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::scan::{ExplainArgs, ProposeArgs, ScanArgs};

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
    /// Also write the report as one self-contained HTML page to this file (for an artifact).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Where the HTML page can be opened (the run's artifacts): linked from the comment.
    #[arg(long, value_name = "URL")]
    pub html_url: Option<String>,
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
