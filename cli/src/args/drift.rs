//! Arguments of `tollgate fix` and `tollgate drift`.

use std::path::PathBuf;

use clap::Args;

use super::scan::{ExplainArgs, ProposeArgs, ScanArgs};

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
    /// Output format: human, json, markdown, html (one page).
    #[arg(long, short = 'f', default_value = "human", value_parser = ["human", "json", "markdown", "html"])]
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
