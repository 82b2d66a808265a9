//! Arguments of `tollgate baseline` and `tollgate rules`.

use std::path::PathBuf;

use clap::Subcommand;

use super::scan::ScanArgs;

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
