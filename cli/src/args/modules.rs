//! Arguments of `tollgate modules`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ModulesCommand {
    /// Fetch every registry, git and archive module the Terraform under PATHS calls and write
    /// `.tollgate-modules.lock.json` (source, resolved version or commit, hash of the files).
    Lock(ModulesLockArgs),
}

#[derive(Debug, Args)]
pub struct ModulesLockArgs {
    /// Terraform folders (the lock file is written in the first).
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Cache directory (default: $XDG_CACHE_HOME/tollgate or ~/.cache/tollgate).
    #[arg(long, env = "TOLLGATE_CACHE_DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Seconds one module fetch may take.
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    pub module_timeout: u64,
}
