//! `tollgate rules list` (the rules a run would use, by platform or framework) and `tollgate rules
//! show ID` (one rule in full); `rules test` lives in `rules_test.rs`.

use tollgate_engine::ScanOptions;
use tollgate_engine::evaluate::metadata::RuleMeta;
use tollgate_engine::scan::load_rules;

use super::{EXIT_ERROR, Exit};
use crate::args::{RuleSource, RulesCommand};

pub fn run(command: &RulesCommand) -> Exit {
    match command {
        RulesCommand::List { source, platform, framework, format } => {
            list(source, platform.as_deref(), framework.as_deref(), format)
        }
        RulesCommand::Show { id, source, format } => show(id, source, format),
        RulesCommand::Test { dirs, format } => super::rules_test::run(dirs, format),
    }
}

/// The rules of the built-in pack and the extra directories, sorted by id; load errors are printed.
fn loaded(source: &RuleSource) -> (Vec<RuleMeta>, bool) {
    let mut options = ScanOptions::new(Vec::new());
    options.builtin = !source.no_builtin;
    options.policy_paths = source.policies.clone();
    let loaded = load_rules(&options);
    for err in &loaded.errors {
        eprintln!("error: {}:{}:{}: {}", err.file, err.line, err.column, err.message);
    }
    let mut rules: Vec<RuleMeta> = loaded.rules.into_iter().map(|r| r.meta).collect();
    rules.sort_by(|a, b| a.id.cmp(&b.id));
    (rules, loaded.errors.is_empty())
}

fn print_json<T: serde::Serialize>(value: &T) -> Exit {
    match serde_json::to_string_pretty(value) {
        Ok(text) => {
            outln!("{text}");
            0
        }
        Err(err) => {
            eprintln!("error: {err}");
            EXIT_ERROR
        }
    }
}

fn unknown_format(format: &str) -> Exit {
    eprintln!("error: unknown format `{format}` (expected human or json)");
    EXIT_ERROR
}

fn list(source: &RuleSource, platform: Option<&str>, framework: Option<&str>, format: &str) -> Exit {
    let (mut rules, clean) = loaded(source);
    // A name that selects nothing is a mistake to report, not an empty list.
    if let Some(platform) = platform {
        let known: std::collections::BTreeSet<String> = rules.iter().flat_map(|r| r.platforms.clone()).collect();
        if !known.contains(platform) {
            let names: Vec<&str> = known.iter().map(String::as_str).collect();
            eprintln!("error: --platform: `{platform}` is no platform of the loaded rules ({})", names.join(", "));
            return EXIT_ERROR;
        }
    }
    if let Some(framework) = framework
        && !rules.iter().any(|r| r.maps_to(framework))
    {
        let all: Vec<&RuleMeta> = rules.iter().collect();
        eprintln!("error: --framework: {}", tollgate_engine::config::unmatched::unknown_framework(framework, &all));
        return EXIT_ERROR;
    }
    rules.retain(|r| platform.is_none_or(|p| r.platforms.iter().any(|x| x == p)));
    rules.retain(|r| framework.is_none_or(|f| r.maps_to(f)));
    let code = match format {
        "json" => print_json(&rules),
        "human" => {
            for meta in &rules {
                outln!("{:<10} {:<9} {:<28} {}", meta.id, meta.severity.as_str(), meta.platforms.join(","), meta.title);
            }
            eprintln!("{} rules", rules.len());
            0
        }
        other => unknown_format(other),
    };
    if clean { code } else { EXIT_ERROR }
}

fn show(id: &str, source: &RuleSource, format: &str) -> Exit {
    let (rules, _) = loaded(source);
    let Some(meta) = rules.iter().find(|r| r.id.eq_ignore_ascii_case(id)) else {
        eprintln!("error: no rule `{id}` (see `tollgate rules list`)");
        return EXIT_ERROR;
    };
    match format {
        "json" => print_json(meta),
        "human" => {
            out!("{}", describe(meta));
            0
        }
        other => unknown_format(other),
    }
}

/// A rule's full text for the terminal.
fn describe(meta: &RuleMeta) -> String {
    let mut out = format!("{}  {}\n\n", meta.id, meta.title);
    let mut field = |name: &str, value: String| {
        if !value.trim().is_empty() {
            out.push_str(&format!("{name:<15} {value}\n"));
        }
    };
    field("severity", meta.severity.as_str().to_owned());
    field("platforms", meta.platforms.join(", "));
    field("resource types", meta.resource_types.join(", "));
    field("tags", meta.tags.join(", "));
    field(
        "fix",
        meta.fix_risk.map(|r| format!("declared ({} risk)", format!("{r:?}").to_lowercase())).unwrap_or_default(),
    );
    for (framework, controls) in &meta.frameworks {
        field(framework, controls.join(", "));
    }
    for (heading, text) in
        [("What", &meta.description), ("Why it matters", &meta.why), ("How to fix", &meta.remediation)]
    {
        if !text.trim().is_empty() {
            out.push_str(&format!("\n{heading}\n  {}\n", text.trim().replace('\n', "\n  ")));
        }
    }
    if !meta.example.trim().is_empty() {
        out.push_str("\nCorrected example\n");
        for line in meta.example.trim_end().lines() {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out
}
