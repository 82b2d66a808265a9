//! Testing a rule folder (`<rule>/policy.rego`, `policy_test.rego`, `fixtures/fail_*`, `fixtures/pass_*`),
//! for the built-in pack and a user's own rules alike: the policy compiles with its metadata, its Rego
//! unit tests pass, every failing fixture gets a finding of the rule and no passing one does.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::metadata::RuleMeta;
use super::registry::{builtin_libs, is_policy_file};
use super::rego_tests::run_tests;
use super::rule::{Origin, Rule};
use crate::config::{Config, LoadedConfig, RuleSelection};
use crate::load::display_path;
use crate::report::model::Report;
use crate::scan::{PolicyModules, ScanOptions, Silent, scan};

/// What one fixture was expected to give and gave.
#[derive(Debug, Clone, Serialize)]
pub struct FixtureOutcome {
    pub file: String,
    /// `fail` (a finding of the rule expected) or `pass` (none expected).
    pub expect: &'static str,
    pub findings: usize,
    pub passed: bool,
    /// Why a fixture fails whatever its findings (a pass fixture the rule never looked at).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// A Rego unit test's outcome, as reported.
#[derive(Debug, Clone, Serialize)]
pub struct UnitTest {
    pub name: String,
    pub passed: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

/// Everything tested of one rule folder.
#[derive(Debug, Clone, Serialize)]
pub struct FolderOutcome {
    pub folder: String,
    pub rule_id: Option<String>,
    pub passed: bool,
    pub unit_tests: Vec<UnitTest>,
    pub fixtures: Vec<FixtureOutcome>,
    /// What keeps the folder from being a complete rule (no metadata, no tests, no fixtures, errors).
    pub problems: Vec<String>,
}

/// The rule folders under `root` (directories holding a `policy.rego`), sorted; `root` itself when it is one.
pub fn rule_folders(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let walker = ignore::WalkBuilder::new(root).standard_filters(false).follow_links(false).build();
    for entry in walker.flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n == "policy.rego")
            && !path.components().any(|c| c.as_os_str() == "fixtures")
            && let Some(dir) = path.parent()
        {
            found.push(dir.to_path_buf());
        }
    }
    found.sort();
    found
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", display_path(path)))
}

/// The folder's own Rego files (not under `fixtures/`): policy modules and test modules.
/// Rego modules as (display path, source).
type Modules = Vec<(String, String)>;

fn rego_files(folder: &Path) -> Result<(Modules, Modules), String> {
    let (mut modules, mut tests) = (Vec::new(), Vec::new());
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(folder).map_err(|e| e.to_string())?.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries.into_iter().filter(|p| p.is_file()) {
        let name = display_path(&path);
        if !name.ends_with(".rego") {
            continue;
        }
        let text = read(&path)?;
        if is_policy_file(&name) { modules.push((name, text)) } else { tests.push((name, text)) }
    }
    // policy.rego first: its METADATA block describes the rule.
    modules.sort_by_key(|(name, _)| !name.ends_with("/policy.rego"));
    Ok((modules, tests))
}

/// Tests rule folders in parallel, in the order given.
pub fn test_folders(folders: &[PathBuf]) -> Vec<FolderOutcome> {
    use rayon::prelude::*;
    folders.par_iter().map(|folder| test_folder(folder)).collect()
}

/// Tests one rule folder.
pub fn test_folder(folder: &Path) -> FolderOutcome {
    let mut outcome = FolderOutcome {
        folder: display_path(folder),
        rule_id: None,
        passed: false,
        unit_tests: Vec::new(),
        fixtures: Vec::new(),
        problems: Vec::new(),
    };
    if let Err(problem) = test_into(folder, &mut outcome) {
        outcome.problems.push(problem);
    }
    outcome.passed = outcome.problems.is_empty()
        && outcome.unit_tests.iter().all(|t| t.passed)
        && outcome.fixtures.iter().all(|f| f.passed);
    outcome
}

fn test_into(folder: &Path, outcome: &mut FolderOutcome) -> Result<(), String> {
    let (modules, tests) = rego_files(folder)?;
    let mut libs = builtin_libs();
    let rule = Rule::compile(&modules, &libs, Origin::User)
        .map_err(|e| format!("{}:{}:{}: {}", e.file, e.line, e.column, e.message))?;
    let meta = &rule.meta;
    if !meta.declared {
        return Err("policy.rego has no METADATA block with an id".into());
    }
    outcome.rule_id = Some(meta.id.clone());
    for (field, value) in
        [("title", &meta.title), ("description", &meta.description), ("remediation", &meta.remediation)]
    {
        if value.trim().is_empty() {
            outcome.problems.push(format!("metadata `{field}` is empty"));
        }
    }
    libs.extend(modules);
    if tests.is_empty() {
        outcome.problems.push("no *_test.rego file".into());
    }
    for test in &tests {
        for unit in run_tests(&libs, test)? {
            outcome.unit_tests.push(UnitTest { name: unit.name, passed: unit.passed, detail: unit.detail });
        }
    }
    if !tests.is_empty() && outcome.unit_tests.is_empty() {
        outcome.problems.push("the test files hold no test_ rules".into());
    }
    outcome.fixtures = fixtures(folder, meta, &libs)?;
    let (fail, pass) = (
        outcome.fixtures.iter().filter(|f| f.expect == "fail").count(),
        outcome.fixtures.iter().filter(|f| f.expect == "pass").count(),
    );
    if fail == 0 || pass == 0 {
        outcome.problems.push("fixtures/ needs at least one fail_* and one pass_* file".into());
    }
    Ok(())
}

/// What scanning one fixture gave: the report, and the types of the resources the rule was shown.
struct FixtureScan {
    report: Report,
    types: Vec<String>,
}

/// Scans one fixture (a file, or a folder that is one estate) with only rule `id` (from `modules`)
/// and, for a drift rule, the live snapshots (`live*.json`) beside the code.
fn scan_fixture(
    path: &Path,
    id: &str,
    modules: &[(String, String)],
    live: Option<&Path>,
) -> Result<FixtureScan, String> {
    let mut options = ScanOptions::new(vec![path.to_path_buf()]);
    options.builtin = false;
    options.keep_resources = true;
    options.policy_modules =
        vec![PolicyModules { label: "rule folder".into(), modules: modules.to_vec(), paths: Vec::new() }];
    if let Some(dir) = live {
        let files = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path());
        let mut snapshots: Vec<PathBuf> =
            files.filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("live"))).collect();
        snapshots.sort();
        if snapshots.is_empty() {
            return Err(format!("{}: a drift fixture needs live*.json snapshots beside the code", display_path(dir)));
        }
        options.live = Some(crate::drift::live::load_paths(&snapshots, Default::default()));
    }
    let rules = RuleSelection { enable: vec![format!("id:{id}")], ..RuleSelection::default() };
    // A fixtures folder (or one fixture folder) may give the rule data its rule reads, in its own
    // `.tollgate.yaml`.
    let config = crate::config::find(path).or_else(|| crate::config::find(path.parent().unwrap_or(path)));
    let rule_data = match config {
        Some(path) => {
            crate::config::load(&path)
                .map_err(|errors| format!("{}: {}", display_path(&path), errors[0].message))?
                .config
                .rule_data
        }
        None => Default::default(),
    };
    options.config =
        LoadedConfig { config: Config { rules, rule_data, ..Config::default() }, file: None, dir: PathBuf::new() };
    let outcome = scan(&options, &Silent);
    if let Some(error) = outcome.report.errors.first() {
        return Err(format!("{}:{}:{}: {}", error.file, error.line, error.column, error.message));
    }
    let types = outcome.resources.iter().filter(|r| !r.is_data_source()).map(|r| r.resource_type.clone()).collect();
    Ok(FixtureScan { report: outcome.report, types })
}

/// Each `fail_*` and `pass_*` fixture, scanned on its own (one fixture cannot lean on another's
/// variables or resources). A passing fixture proves something only when the rule looked at it: it
/// must hold a resource of a type the rule declares.
fn fixtures(folder: &Path, meta: &RuleMeta, modules: &[(String, String)]) -> Result<Vec<FixtureOutcome>, String> {
    let dir = folder.join("fixtures");
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).map_err(|e| e.to_string())?.flatten().map(|e| e.path()).collect();
    files.sort();
    let id = meta.id.as_str();
    let mut outcomes = Vec::new();
    for file in files {
        let name = file.file_name().unwrap_or_default().to_string_lossy().to_string();
        let expect = match () {
            _ if name.starts_with("fail_") => "fail",
            _ if name.starts_with("pass_") => "pass",
            _ => continue,
        };
        let shown = display_path(&file);
        let inside = |f: &str| f == shown || f.starts_with(&format!("{shown}/"));
        let scanned = scan_fixture(&file, id, modules, meta.drift.then_some(file.as_path()))?;
        let findings = scanned.report.findings.iter().filter(|f| inside(&f.file) && f.rule_id == id).count();
        let judged = if meta.resource_types.is_empty() {
            !scanned.types.is_empty()
        } else {
            scanned.types.iter().any(|t| meta.resource_types.contains(t))
        };
        let mut problem = None;
        let passed = if expect == "fail" {
            findings > 0
        } else if !judged {
            let types = if meta.resource_types.is_empty() { "any type".into() } else { meta.resource_types.join(", ") };
            problem = Some(format!("holds no resource of the rule's types ({types}): it proves nothing"));
            false
        } else {
            findings == 0
        };
        outcomes.push(FixtureOutcome { file: shown, expect, findings, passed, problem });
    }
    Ok(outcomes)
}
