//! `tollgate rules list`: the rules a run would use.

use tollgate_engine::ScanOptions;
use tollgate_engine::scan::load_rules;

use super::{EXIT_ERROR, Exit};
use crate::args::RulesCommand;

pub fn run(command: &RulesCommand) -> Exit {
    let RulesCommand::List { policies, no_builtin, format } = command;
    let mut options = ScanOptions::new(Vec::new());
    options.builtin = !no_builtin;
    options.policy_paths = policies.clone();
    let loaded = load_rules(&options);
    let mut rules: Vec<_> = loaded.rules.iter().map(|r| &r.meta).collect();
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    match format.as_str() {
        "json" => match serde_json::to_string_pretty(&rules) {
            Ok(text) => println!("{text}"),
            Err(err) => {
                eprintln!("error: {err}");
                return EXIT_ERROR;
            }
        },
        "human" => {
            for meta in &rules {
                println!("{:<10} {:<9} {}", meta.id, meta.severity.as_str(), meta.title);
            }
        }
        other => {
            eprintln!("error: unknown format `{other}` (expected human or json)");
            return EXIT_ERROR;
        }
    }
    for err in &loaded.errors {
        eprintln!("error: {}:{}:{}: {}", err.file, err.line, err.column, err.message);
    }
    if loaded.errors.is_empty() { 0 } else { EXIT_ERROR }
}
