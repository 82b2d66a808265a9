//! Arguments of `tollgate ask` and `tollgate policy new`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::{ModelArgs, ScanArgs};

#[derive(Debug, Args)]
pub struct AskArgs {
    /// The question, in plain language (with --rego: the first path).
    pub question: Option<String>,
    #[command(flatten)]
    pub scan: ScanArgs,
    /// Run this query instead of asking a model: a Rego file or module defining `matches`, or a
    /// condition on each resource `r` (`r.type == "aws_s3_bucket"; not r.values.versioning`).
    #[arg(long, value_name = "FILE|EXPR")]
    pub rego: Option<String>,
    /// Send the model a few redacted example values per resource type, not only the attribute names.
    #[arg(long)]
    pub share_values: bool,
    /// Show the model's query and run it only when answered `y` on the terminal (stdin).
    #[arg(long)]
    pub confirm: bool,
    /// Output format: human, json or markdown.
    #[arg(long, short = 'f', default_value = "human", value_parser = ["human", "json", "markdown"])]
    pub format: String,
    /// Write the answer to this file instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub model: ModelArgs,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Draft a rule folder with the model, verify it (compiles, its tests pass, its fixtures fail
    /// and pass as named), run it over PATHS and write it to --out; nothing unverified is written.
    New(PolicyNewArgs),
}

#[derive(Debug, Args)]
pub struct PolicyNewArgs {
    /// What the policy should enforce, in plain language.
    pub request: String,
    #[command(flatten)]
    pub scan: ScanArgs,
    /// The rule folder to write (must not exist, or be empty).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Send the model a few redacted example values per resource type, not only the attribute names.
    #[arg(long)]
    pub share_values: bool,
    /// Output format: human or json.
    #[arg(long, short = 'f', default_value = "human", value_parser = ["human", "json"])]
    pub format: String,
    #[command(flatten)]
    pub model: ModelArgs,
}
