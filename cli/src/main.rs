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

/// `mi_option_purge_delay` in mimalloc.h: how many milliseconds freed memory is kept before it is
/// given back to the system (mimalloc's default is 10).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// A run is short and keeps reusing what it frees: giving pages back to the system after 10 ms and
/// faulting them in again took 0.19 s of system time of a 2 s scan of the corpus (`bench/corpus`:
/// median 2.07 s, 1.78 s with 250 ms), for 2% less peak memory.
#[allow(unsafe_code)]
fn keep_freed_memory_for_a_while() {
    // SAFETY: sets a plain integer option; mimalloc reads it whenever it schedules a purge.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 250) };
}

fn main() -> ExitCode {
    keep_freed_memory_for_a_while();
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
