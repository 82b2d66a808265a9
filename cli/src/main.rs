//! The `tollgate` binary: arguments, terminal, exit codes (0 clean, 1 findings, 2 errors).

#[macro_use]
mod stdout;
mod args;
mod commands;
mod explain;
mod github;
mod modules;
mod progress;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use args::{Cli, Command};

/// mimalloc: the scan allocates many small values (parsed documents, Rego values); the system
/// allocator spends a fifth of a Conftest run in malloc and free.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc.h: how many milliseconds freed memory is kept before it is
/// given back to the system (1000 in the mimalloc v3 this links).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// `mi_option_arena_eager_commit` in mimalloc.h: whether a new arena is committed (and so counted in
/// the resident set) whole, up front, rather than page by page as it is used.
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;

/// `mi_option_destroy_on_exit` in mimalloc.h: above 1, mimalloc's exit handler returns at once
/// instead of collecting and purging every heap (236 `madvise` calls, 25 ms after a corpus scan's
/// report is written; the system takes the memory back anyway).
const MI_OPTION_DESTROY_ON_EXIT: libmimalloc_sys::mi_option_t = 22;

/// Measured on a cold scan of the corpus (release, six interleaved runs each, medians): with the
/// default 1000 ms, 1.93 s, 0.37 s of system time and a 298 MB peak; with 10 ms, 1.90 s and 0.40 s
/// (freed pages faulted in again); with 250 ms, 1.75 s, 0.29 s and 287 MB. Committing arenas on
/// demand rather than eagerly: peak 264 MB instead of 305 MB (245 rules), no slower.
/// Runs as the process is loaded, before the Rust runtime's first allocation creates an arena.
#[allow(unsafe_code)]
extern "C" fn tune_allocator() {
    // SAFETY: sets plain integer options; mimalloc reads them when it schedules a purge or makes an arena.
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 250);
        libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(MI_OPTION_DESTROY_ON_EXIT, 2);
    }
}

#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
#[used]
#[unsafe(link_section = ".init_array")]
static TUNE_ALLOCATOR: extern "C" fn() = tune_allocator;

fn main() -> ExitCode {
    // Elsewhere the options are set here: later than on Linux, so the first arena stays eager.
    #[cfg(not(target_os = "linux"))]
    tune_allocator();
    // The one TLS provider (rustls with ring) for the GitHub and model clients.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    args::record_var_order(&matches);
    let code = match &cli.command {
        Command::Check(args) => {
            let sub = matches.subcommand_matches("check").unwrap_or(&matches);
            commands::check::run(args, sub)
        }
        Command::Baseline(command) => commands::baseline::run(command),
        Command::Rules(command) => commands::rules::run(command),
        Command::Verify(args) => commands::verify::run(args),
        Command::Test(args) => commands::conftest::run(args),
        Command::Parse(args) => commands::parse::run(args),
        Command::Inspect(args) => commands::inspect::run(args),
        Command::Drift(args) => commands::drift::run(args),
        Command::Fix(args) => commands::fix::run(args),
        Command::Github(command) => github::run(command),
        Command::Cost(args) => commands::cost::run(args),
        Command::Prices(args::PricesCommand::Update(args)) => commands::prices::update(args),
        Command::Ask(args) => {
            let sub = matches.subcommand_matches("ask").unwrap_or(&matches);
            commands::ask::run(args, sub)
        }
        Command::Policy(args::PolicyCommand::New(args)) => commands::policy_new::run(args),
        Command::Modules(args::ModulesCommand::Lock(args)) => commands::modules::lock(args),
        Command::Merge(args) => {
            let sub = matches.subcommand_matches("merge").unwrap_or(&matches);
            commands::merge::run(args, sub)
        }
    };
    ExitCode::from(code)
}

#[cfg(test)]
mod tests {
    /// The options are set before `main` (on Linux, as the binary is loaded; elsewhere `main` sets
    /// them): the purge delay is 250 ms, not mimalloc's 1000, arenas commit on demand (0, not 2) and
    /// the exit handler does not purge (2, not 0).
    #[test]
    #[allow(unsafe_code)]
    fn the_allocator_options_are_set_at_start() {
        #[cfg(not(target_os = "linux"))]
        super::tune_allocator();
        // SAFETY: reads plain integer options.
        let get = |option| unsafe { libmimalloc_sys::mi_option_get(option) };
        assert_eq!(get(super::MI_OPTION_PURGE_DELAY), 250);
        assert_eq!(get(super::MI_OPTION_ARENA_EAGER_COMMIT), 0);
        assert_eq!(get(super::MI_OPTION_DESTROY_ON_EXIT), 2);
    }
}
