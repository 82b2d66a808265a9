//! Terraform HCL evaluated the way `terraform plan` would, without running Terraform: variables (with
//! tfvars and their precedence), locals, `count`/`for_each`, `dynamic` blocks, local and downloaded
//! modules, references between resources, and Terraform's functions. What cannot be known before
//! apply stays unknown (listed per resource, counted per run) so rules never fire on a guess.
//!
//! Files are parsed one by one (`parse`), then evaluated together per root module (`project`).

mod body;
mod calls;
mod config;
mod emit;
pub mod eval;
pub mod evaluator;
mod fetched_origins;
mod frame;
mod functions;
mod instance;
mod json_syntax;
mod keys;
mod operators;
pub mod parse;
pub mod project;
mod root;
pub mod settings;
mod template;
#[cfg(test)]
mod tests;
mod types;
pub mod value;

pub use config::join_dir;
pub use frame::{CliInput, Inputs, NotEvaluated, Project, SourceTree};
pub use json_syntax::parse_tf_json;
pub use parse::{ParsedFile, parse_file, parse_vars_json};
pub use project::Evaluation;
pub use value::Counts;

/// `aws_s3_bucket` is from provider `aws`; `google_compute_instance` from `google`.
pub fn provider_of(resource_type: &str) -> String {
    resource_type.split('_').next().unwrap_or(resource_type).to_owned()
}
