//! Command-line arguments: the command tree here, each command's arguments in its own file.

mod ask;
mod conftest;
mod cost;
mod drift;
mod github;
mod modules;
mod rules;
mod scan;

use clap::{Parser, Subcommand};

pub use ask::*;
pub use conftest::*;
pub use cost::*;
pub use drift::*;
pub use github::*;
pub use modules::*;
pub use rules::*;
pub use scan::*;

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
    /// Print what Conftest policies receive as `input` for each file, as `conftest parse` does.
    Parse(ParseArgs),
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
    /// Answer a question about the estate with a Rego query run locally (a model's, or --rego).
    Ask(Box<AskArgs>),
    /// Terraform modules from registries, git and archives: `modules lock` pins them.
    #[command(subcommand)]
    Modules(ModulesCommand),
    /// Draft new policies with the model, verified before they are written.
    #[command(subcommand)]
    Policy(PolicyCommand),
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
