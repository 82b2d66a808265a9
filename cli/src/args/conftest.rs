//! Arguments of the Conftest-compatible `tollgate test`, `tollgate verify` and `tollgate parse`. Every
//! flag of Conftest's commands is accepted; those tollgate does not support yet are refused by name
//! (`unsupported`), never ignored. Values left unset may come from `conftest.toml`.

use std::path::PathBuf;

use clap::Args;

/// Flags both `test` and `verify` take.
#[derive(Debug, Args)]
pub struct ConftestCommon {
    /// Policy directory or file (repeatable; default `policy`, or `policy` in conftest.toml).
    #[arg(long = "policy", short = 'p')]
    pub policies: Vec<PathBuf>,
    /// Data documents (JSON or YAML files or directories), available under `data.`.
    #[arg(long, short = 'd')]
    pub data: Vec<PathBuf>,
    /// Rego syntax of the policies: `v1` (the default, as in Conftest) or `v0`.
    #[arg(long, value_parser = ["v0", "v1"])]
    pub rego_version: Option<String>,
    /// A built-in function's error (a bad regex, a type error) is an error, not an undefined value.
    #[arg(long, short = 's')]
    pub show_builtin_errors: bool,
    /// Disable colour (tollgate's Conftest output has none).
    #[arg(long)]
    pub no_color: bool,
    /// Configuration file (default `conftest.toml` in the working directory, when present).
    #[arg(long = "config-file", alias = "config", value_name = "FILE")]
    pub config_file: Option<PathBuf>,
    /// OPA's strict mode: unused assignments, arguments and imports, duplicate imports and
    /// deprecated built-ins are compile errors.
    #[arg(long)]
    pub strict: bool,
    /// Conftest's `--trace`: not supported yet.
    #[arg(long, hide = true)]
    pub trace: bool,
    /// Conftest's `--capabilities`: not supported yet.
    #[arg(long, hide = true, value_name = "FILE")]
    pub capabilities: Option<String>,
    /// Conftest's `--proto-file-dirs`: not supported yet.
    #[arg(long, hide = true, value_name = "DIR")]
    pub proto_file_dirs: Vec<String>,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// Files or directories to test (`-` reads standard input; empty arguments are ignored).
    #[arg(required = true)]
    pub files: Vec<String>,
    #[command(flatten)]
    pub common: ConftestCommon,
    /// Namespace (package) whose rules run (repeatable; globs: `main.*`, `*`).
    #[arg(long, short = 'n')]
    pub namespace: Vec<String>,
    /// Run the rules of every namespace.
    #[arg(long)]
    pub all_namespaces: bool,
    /// Test all inputs at once, as one array of `{path, contents}`.
    #[arg(long)]
    pub combine: bool,
    /// Parser for every input (see `tollgate parse --help`).
    #[arg(long, alias = "input", short = 'i')]
    pub parser: Option<String>,
    /// Output: stdout, json, tap, table, junit, github, sarif.
    #[arg(long, short = 'o')]
    pub output: Option<String>,
    /// Write the output to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub fail_on_warn: bool,
    /// Exit 0 even with failures.
    #[arg(long)]
    pub no_fail: bool,
    /// Print nothing when the run exits 0.
    #[arg(long)]
    pub quiet: bool,
    /// Leave exceptions out of the output.
    #[arg(long)]
    pub suppress_exceptions: bool,
    /// Paths (files and directories) under a directory argument matching this regex are skipped.
    #[arg(long, value_name = "REGEX")]
    pub ignore: Option<String>,
    /// Leave the message out of JUnit test names.
    #[arg(long)]
    pub junit_hide_message: bool,
    /// Conftest's `--update` (download policies first): not supported yet.
    #[arg(long, short = 'u', hide = true, value_name = "URL")]
    pub update: Vec<String>,
    /// Conftest's `--tls`: not supported yet.
    #[arg(long, hide = true)]
    pub tls: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub common: ConftestCommon,
    /// Only the tests of these packages (repeatable; globs: `main.*`).
    #[arg(long, short = 'n')]
    pub namespace: Vec<String>,
    /// Output: stdout, json, tap, table, junit, github, sarif.
    #[arg(long, short = 'o')]
    pub output: Option<String>,
    /// Details under each test: `fails` (source and printed notes of failing tests), `full` (of every
    /// test), `notes` (only what tests printed), as `conftest verify --report`.
    #[arg(long, value_parser = ["fails", "full", "notes"])]
    pub report: Option<String>,
    /// Print nothing when every test passes.
    #[arg(long)]
    pub quiet: bool,
    /// Leave the message out of JUnit test names.
    #[arg(long)]
    pub junit_hide_message: bool,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// Files or directories to parse (`-` reads standard input).
    #[arg(required = true)]
    pub files: Vec<String>,
    /// Parser for every input.
    #[arg(long, alias = "input", short = 'i')]
    pub parser: Option<String>,
    /// Print all inputs as one array of `{path, contents}`, as `--combine` hands them to policies.
    #[arg(long)]
    pub combine: bool,
}

impl ConftestCommon {
    /// The first Conftest flag given that tollgate does not support yet.
    pub fn unsupported(&self) -> Option<&'static str> {
        [
            (self.trace, "--trace"),
            (self.capabilities.is_some(), "--capabilities"),
            (!self.proto_file_dirs.is_empty(), "--proto-file-dirs"),
        ]
        .into_iter()
        .find_map(|(given, flag)| given.then_some(flag))
    }
}
