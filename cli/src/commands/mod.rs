//! One file per subcommand.

pub mod ask;
pub mod baseline;
pub mod check;
pub mod conftest;
pub mod conftest_inputs;
pub mod conftest_settings;
pub mod cost;
pub mod cost_base;
pub mod drift;
pub mod drift_desired;
pub mod drift_fix;
pub mod fix;
pub mod fix_output;
pub mod git_scan;
pub mod inspect;
pub mod merge;
pub mod modules;
pub mod parse;
pub mod policy_new;
pub mod prices;
pub mod rules;
pub mod rules_test;
pub mod scan_setup;
pub mod verify;

/// How a command ended: the process exit code (0 clean, 1 findings, 2 errors).
pub type Exit = u8;

pub const EXIT_ERROR: Exit = 2;

/// Writes command output to `output`, or prints it; a file that cannot be written is an error (exit 2).
pub fn emit(output: Option<&std::path::Path>, text: &str) -> Result<(), Exit> {
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| {
            eprintln!("error: cannot write {}: {e}", path.display());
            EXIT_ERROR
        }),
        None => {
            out!("{text}");
            Ok(())
        }
    }
}
