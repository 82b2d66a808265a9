//! One entry point per input kind that a pull request can put in front of tollgate, for the fuzz
//! targets (`fuzz/`) and for the regression test that replays their saved inputs under `cargo test`.
//! Each runs the real parsers and loaders on arbitrary bytes; the only acceptable outcomes are a value
//! or a located error, never a panic, a hang or unbounded memory.

use std::sync::Arc;

use crate::load::Format;
use crate::load::MemoryFile;
use crate::scan::{ScanOptions, Silent, scan};

/// The input kinds, by fuzz target name.
pub const TARGETS: [&str; 8] = ["terraform", "yaml", "json", "config", "metadata", "usage", "conftest", "snapshot"];

/// Runs the input kind `target` on `data`. Unknown targets do nothing.
pub fn run(target: &str, data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match target {
        "terraform" => terraform(data),
        "yaml" => {
            let _ = crate::normalize::normalize(Format::Yaml, "fuzz.yaml", "", &text);
        }
        "json" => {
            let _ = crate::normalize::normalize(Format::Json, "fuzz.json", "", &text);
        }
        "config" => {
            let _ = crate::config::parse_text(".tollgate.yaml", &text);
        }
        "metadata" => {
            let _ = crate::evaluate::metadata::parse(&text, "fuzz.rule");
        }
        "usage" => {
            let _ = crate::cost::usage::Usage::parse(&text);
        }
        "conftest" => {
            // The first byte picks the parser; the rest is the file.
            let parsers = crate::conftest::parse::PARSERS;
            let parser = parsers[data.first().copied().unwrap_or(0) as usize % parsers.len()];
            let rest = String::from_utf8_lossy(data.get(1..).unwrap_or_default());
            let _ = crate::conftest::parse::parse(parser, &rest);
        }
        "snapshot" => {
            let _ = crate::drift::jsonl::load("fuzz.jsonl", std::io::Cursor::new(data));
        }
        _ => {}
    }
}

/// A Terraform project in memory, evaluated as a scan does (no rules): the input is split at NUL
/// bytes into `main.tf`, a local module's `modules/m/main.tf` and `terraform.tfvars`.
fn terraform(data: &[u8]) {
    let names = ["main.tf", "modules/m/main.tf", "terraform.tfvars"];
    let files = data
        .split(|b| *b == 0)
        .zip(names)
        .map(|(part, name)| MemoryFile { display: name.to_owned(), data: Arc::from(part) })
        .collect();
    let mut options = ScanOptions::new(Vec::new());
    options.files = Some(files);
    options.builtin = false;
    options.with_sources = false;
    let _ = scan(&options, &Silent);
}
