//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "tollgate",
    version,
    about = "Policy-as-code checks for Terraform, Kubernetes and CloudFormation"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories with the rules and report findings.
    Check(CheckArgs),
    /// Accept the current findings: `baseline create` writes their fingerprints for `check --baseline`.
    #[command(subcommand)]
    Baseline(BaselineCommand),
    /// Inspect the rules.
    #[command(subcommand)]
    Rules(RulesCommand),
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
    /// Turn the built-in rule pack off.
    #[arg(long)]
    pub no_builtin: bool,
    /// Largest file read, in bytes (bigger files are reported as errors).
    #[arg(long, default_value_t = tollgate_engine::scan::DEFAULT_MAX_FILE_BYTES)]
    pub max_file_size: u64,
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
        /// Extra rule directory or file (repeatable).
        #[arg(long = "policy", short = 'p')]
        policies: Vec<PathBuf>,
        /// Leave the built-in rule pack out.
        #[arg(long)]
        no_builtin: bool,
        /// `human` or `json`.
        #[arg(long, short = 'f', default_value = "human")]
        format: String,
    },
}
