//! The `tollgate` binary: arguments, terminal, exit codes (0 clean, 1 findings, 2 errors).

mod args;
mod commands;
mod explain;
mod github;
mod progress;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use args::{Cli, Command};

/// mimalloc: the scan allocates many small values (parsed documents, Rego values); the system
/// allocator spends a fifth of a Conftest run in malloc and free.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The one TLS provider (rustls with ring) for the GitHub and model clients.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    let code = match &cli.command {
        Command::Check(args) => {
            let sub = matches.subcommand_matches("check").unwrap_or(&matches);
            commands::check::run(args, sub)
        }
        Command::Baseline(command) => commands::baseline::run(command),
        Command::Rules(command) => commands::rules::run(command),
        Command::Verify(args) => commands::verify::run(args),
        Command::Test(args) => commands::conftest::run(args),
        Command::Inspect(args) => commands::inspect::run(args),
        Command::Drift(args) => commands::drift::run(args),
        Command::Fix(args) => commands::fix::run(args),
        Command::Github(command) => github::run(command),
        Command::Cost(args) => commands::cost::run(args),
        Command::Prices(args::PricesCommand::Update(args)) => commands::prices::update(args),
        Command::Merge(args) => {
            let sub = matches.subcommand_matches("merge").unwrap_or(&matches);
            commands::merge::run(args, sub)
        }
    };
    ExitCode::from(code)
}
