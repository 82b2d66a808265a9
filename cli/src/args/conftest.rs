//! Arguments of the Conftest-compatible `tollgate test` and `tollgate verify`.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Files or directories to test (`-` reads standard input).
    #[arg(required = true)]
    pub files: Vec<String>,
    /// Policy directory or file (repeatable).
    #[arg(long = "policy", short = 'p', default_value = "policy")]
    pub policies: Vec<PathBuf>,
    /// Namespace (package) whose rules run (repeatable).
    #[arg(long, short = 'n', default_value = "main")]
    pub namespace: Vec<String>,
    /// Run the rules of every namespace.
    #[arg(long)]
    pub all_namespaces: bool,
    /// Test all inputs at once, as one array of `{path, contents}`.
    #[arg(long)]
    pub combine: bool,
    /// Data documents (JSON or YAML files or directories), available under `data.`.
    #[arg(long, short = 'd')]
    pub data: Vec<PathBuf>,
    /// Parser for every input: yaml, json, hcl2, toml, ini, dotenv, dockerfile.
    #[arg(long, alias = "input", short = 'i')]
    pub parser: Option<String>,
    /// Output: stdout, json, tap, table, junit, github, sarif.
    #[arg(long, short = 'o', default_value = "stdout")]
    pub output: String,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub fail_on_warn: bool,
    /// Exit 0 even with failures.
    #[arg(long)]
    pub no_fail: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// Policy directory or file (repeatable).
    #[arg(long = "policy", short = 'p', default_value = "policy")]
    pub policies: Vec<PathBuf>,
    /// `stdout` or `json`.
    #[arg(long, short = 'o', default_value = "stdout", value_parser = ["stdout", "json"])]
    pub output: String,
    /// Data documents (JSON or YAML files or directories), available under `data.`.
    #[arg(long = "data", short = 'd')]
    pub data: Vec<PathBuf>,
    /// Details under each test: `fails` (source and printed notes of failing tests), `full` (of every
    /// test), `notes` (only what tests printed), as `conftest verify --report`.
    #[arg(long, value_parser = ["fails", "full", "notes"])]
    pub report: Option<String>,
}
