//! `tollgate rules test [DIR...]`: every rule folder's Rego unit tests and fixture expectations, for a
//! user's own rule directories or (without a directory) the built-in pack, as `opa test` and
//! `conftest verify` test policies. Exit 0 when every folder passes, 1 when one fails, 2 on errors.

use std::path::{Path, PathBuf};

use tollgate_engine::evaluate::folder_test::{FolderOutcome, rule_folders, test_folders};
use tollgate_engine::evaluate::registry::extract_builtin;

use super::{EXIT_ERROR, Exit};

pub fn run(dirs: &[PathBuf], format: &str) -> Exit {
    if !["human", "json"].contains(&format) {
        eprintln!("error: unknown format `{format}` (expected human or json)");
        return EXIT_ERROR;
    }
    // The built-in pack is embedded: it is tested from a copy, named as in the repository (`rules/...`).
    let builtin = if dirs.is_empty() {
        match tempfile::tempdir().and_then(|dir| extract_builtin(&dir.path().join("rules")).map(|_| dir)) {
            Ok(dir) => Some(dir),
            Err(err) => {
                eprintln!("error: cannot unpack the built-in rules: {err}");
                return EXIT_ERROR;
            }
        }
    } else {
        None
    };
    let roots: Vec<PathBuf> = match &builtin {
        Some(dir) => vec![dir.path().join("rules")],
        None => dirs.to_vec(),
    };
    let mut folders = Vec::new();
    for root in &roots {
        if !root.is_dir() {
            eprintln!("error: {}: not a directory", root.display());
            return EXIT_ERROR;
        }
        let found = rule_folders(root);
        if found.is_empty() {
            eprintln!("error: {}: no rule folder (a directory with policy.rego) under it", root.display());
            return EXIT_ERROR;
        }
        folders.extend(found);
    }
    let mut outcomes = test_folders(&folders);
    if let Some(dir) = &builtin {
        for outcome in &mut outcomes {
            rename(outcome, dir.path());
        }
    }
    let failed = outcomes.iter().filter(|o| !o.passed).count();
    if format == "json" {
        match serde_json::to_string_pretty(&outcomes) {
            Ok(text) => outln!("{text}"),
            Err(err) => {
                eprintln!("error: {err}");
                return EXIT_ERROR;
            }
        }
    } else {
        for outcome in &outcomes {
            out!("{}", human(outcome));
        }
        let tests: usize = outcomes.iter().map(|o| o.unit_tests.len()).sum();
        let fixtures: usize = outcomes.iter().map(|o| o.fixtures.len()).sum();
        outln!(
            "\n{} rule folders, {} passed, {failed} failed ({tests} Rego tests, {fixtures} fixtures)",
            outcomes.len(),
            outcomes.len() - failed
        );
    }
    if failed > 0 { 1 } else { 0 }
}

/// Paths of the unpacked built-in pack as the repository names them.
fn rename(outcome: &mut FolderOutcome, temp: &Path) {
    let prefix = format!("{}/", tollgate_engine::load::display_path(temp));
    let strip = |s: &mut String| {
        if let Some(rest) = s.strip_prefix(&prefix) {
            *s = rest.to_owned();
        }
    };
    strip(&mut outcome.folder);
    outcome.fixtures.iter_mut().for_each(|f| strip(&mut f.file));
    outcome.problems.iter_mut().for_each(|p| *p = p.replace(&prefix, ""));
}

/// One folder's lines: a verdict, and what failed.
fn human(outcome: &FolderOutcome) -> String {
    let id = outcome.rule_id.as_deref().unwrap_or("-");
    let verdict = if outcome.passed { "ok  " } else { "FAIL" };
    let mut out = format!(
        "{verdict} {id:<9} {} ({} Rego tests, {} fixtures)\n",
        outcome.folder,
        outcome.unit_tests.len(),
        outcome.fixtures.len()
    );
    for test in outcome.unit_tests.iter().filter(|t| !t.passed) {
        out.push_str(&format!("       test {} failed: {}\n", test.name, test.detail));
    }
    for fixture in outcome.fixtures.iter().filter(|f| !f.passed) {
        let expected = if fixture.expect == "fail" { "a finding" } else { "no finding" };
        match &fixture.problem {
            Some(problem) => out.push_str(&format!("       {}: {problem}\n", fixture.file)),
            None => out.push_str(&format!("       {}: expected {expected}, got {}\n", fixture.file, fixture.findings)),
        }
    }
    for problem in &outcome.problems {
        out.push_str(&format!("       {problem}\n"));
    }
    out
}
