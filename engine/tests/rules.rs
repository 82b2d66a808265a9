//! One generated test per built-in rule folder (`rules/<platform>/<rule>/`): the policy compiles with
//! metadata, its Rego unit tests pass, every `fixtures/fail_*` file gets a finding of the rule and no
//! `fixtures/pass_*` file does, and a rule that declares fixes has them verified on its failing fixtures, the fixed output snapshotted (`tests/fixed/`). Adding a rule needs no Rust edit.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use tollgate_engine::config::{Config, LoadedConfig, RuleSelection};
use tollgate_engine::drift::live::load_paths;
use tollgate_engine::evaluate::registry::builtin_libs;
use tollgate_engine::evaluate::rego_tests::run_tests;
use tollgate_engine::evaluate::rule::{Origin, Rule};
use tollgate_engine::fix::FixStatus;
use tollgate_engine::fix::plan::{FixFilter, plan, report_keys, rescan_keys};
use tollgate_engine::fix::verify::verify;
use tollgate_engine::report::model::Report;
use tollgate_engine::{ScanOptions, Silent, scan};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules");
    let mut trials = Vec::new();
    for platform in sorted_dirs(&root).into_iter().filter(|p| !p.ends_with("lib")) {
        for folder in sorted_dirs(&platform) {
            let name = format!(
                "{}/{}",
                platform.file_name().unwrap_or_default().to_string_lossy(),
                folder.file_name().unwrap_or_default().to_string_lossy()
            );
            trials.push(Trial::test(name, move || check_rule_folder(&folder)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect())
        .unwrap_or_default();
    dirs.sort();
    dirs
}

fn read(path: &Path) -> Result<String, Failed> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()).into())
}

fn check_rule_folder(folder: &Path) -> Result<(), Failed> {
    let policy = (folder.join("policy.rego").display().to_string(), read(&folder.join("policy.rego"))?);
    let rule = Rule::compile(std::slice::from_ref(&policy), &builtin_libs(), Origin::Builtin)
        .map_err(|e| format!("{}:{}:{}: {}", e.file, e.line, e.column, e.message))?;
    let meta = &rule.meta;
    if !meta.declared {
        return Err("policy.rego has no METADATA block with an id".into());
    }
    for (field, value) in
        [("title", &meta.title), ("description", &meta.description), ("remediation", &meta.remediation)]
    {
        if value.trim().is_empty() {
            return Err(format!("metadata `{field}` is empty").into());
        }
    }
    let tests = (folder.join("policy_test.rego").display().to_string(), read(&folder.join("policy_test.rego"))?);
    let mut modules = builtin_libs();
    modules.push(policy);
    let outcomes = run_tests(&modules, &tests)?;
    if outcomes.is_empty() {
        return Err("policy_test.rego has no test_ rules".into());
    }
    let failed: Vec<String> =
        outcomes.iter().filter(|o| !o.passed).map(|o| format!("{}: {}", o.name, o.detail)).collect();
    if !failed.is_empty() {
        return Err(format!("Rego tests failed:\n{}", failed.join("\n")).into());
    }
    check_fixtures(folder, &meta.id, meta.drift)?;
    let declares_fixes = policy_source(folder)?.contains("\"fix\":");
    if declares_fixes { check_fixes(folder, &meta.id) } else { Ok(()) }
}

fn policy_source(folder: &Path) -> Result<String, Failed> {
    read(&folder.join("policy.rego"))
}

/// A rule that declares fixes: every fix of its `fail_*` fixtures that can be made is verified (the finding is
/// gone on a re-scan of the edited files, nothing new appears), and the fixed output is snapshotted.
fn check_fixes(folder: &Path, id: &str) -> Result<(), Failed> {
    let fixtures = folder.join("fixtures");
    let mut options = ScanOptions::new(vec![fixtures.clone()]);
    let rules = RuleSelection { enable: vec![format!("id:{id}")], ..RuleSelection::default() };
    options.config = LoadedConfig { config: Config { rules, ..Config::default() }, file: None, dir: PathBuf::new() };
    options.keep_resources = true;
    let outcome = scan(&options, &Silent);
    let read_file = |file: &str| std::fs::read_to_string(file).ok();
    let filter = FixFilter { rules: vec![id.to_owned()], ..FixFilter::default() };
    let mut fixes = plan(&outcome.report, &outcome.resources, &filter, &read_file);
    if fixes.is_empty() {
        return Err("the rule declares fixes, but no fail_* fixture gets one".into());
    }
    let originals: BTreeMap<String, Option<String>> =
        fixes.iter().flat_map(|f| &f.edits).map(|e| (e.file.clone(), read_file(&e.file))).collect();
    let rescan = |edited: &BTreeMap<String, String>| Ok(rescan_keys(&options, edited));
    let edited = verify(&mut fixes, &originals, &report_keys(&outcome.report), &rescan);
    let failed: Vec<String> = fixes
        .iter()
        .filter(|f| f.status == FixStatus::Unverified)
        .map(|f| format!("{} {}: {:?}", f.address, f.file, f.reason))
        .collect();
    if !failed.is_empty() {
        return Err(format!("fixes not verified:\n{}", failed.join("\n")).into());
    }
    // Declined fixes (a value from an expression) are fine; the rule still needs one that applies.
    if !fixes.iter().any(|f| f.status == FixStatus::Verified) {
        return Err("the rule declares fixes, but none applies to its fixtures".into());
    }
    let rule = folder.file_name().unwrap_or_default().to_string_lossy().to_string();
    let platform = folder.parent().and_then(Path::file_name).unwrap_or_default().to_string_lossy().to_string();
    let mut fixed = String::new();
    for (file, text) in &edited {
        let name = Path::new(file).file_name().unwrap_or_default().to_string_lossy();
        fixed.push_str(&format!("# {name}\n{text}\n"));
    }
    insta::with_settings!({snapshot_path => "fixed", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!(format!("{platform}__{rule}"), fixed);
    });
    Ok(())
}

/// A drift rule's fixture is a folder pairing code with its live snapshot(s): `live*.json` files.
fn live_snapshots(dir: &Path) -> Vec<PathBuf> {
    let files = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path());
    let mut found: Vec<PathBuf> =
        files.filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("live"))).collect();
    found.sort();
    found
}

/// Scans fixture paths with only rule `id` enabled (and the live snapshots of a drift fixture).
fn scan_fixtures(paths: Vec<PathBuf>, id: &str, live: Option<&Path>) -> Result<Report, Failed> {
    let mut options = ScanOptions::new(paths);
    if let Some(dir) = live {
        let snapshots = live_snapshots(dir);
        if snapshots.is_empty() {
            return Err(format!("{}: a drift fixture needs live*.json snapshots beside the code", dir.display()).into());
        }
        options.live = Some(load_paths(&snapshots, Default::default()));
    }
    let rules = RuleSelection { enable: vec![format!("id:{id}")], ..RuleSelection::default() };
    options.config = LoadedConfig { config: Config { rules, ..Config::default() }, file: None, dir: PathBuf::new() };
    let report = scan(&options, &Silent).report;
    if !report.errors.is_empty() {
        return Err(format!("errors scanning fixtures: {:#?}", report.errors).into());
    }
    Ok(report)
}

fn check_fixtures(folder: &Path, id: &str, drift: bool) -> Result<(), Failed> {
    let fixtures = folder.join("fixtures");
    // Drift fixtures are compared one folder at a time: each is its own estate.
    let whole = if drift { None } else { Some(scan_fixtures(vec![fixtures.clone()], id, None)?) };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&fixtures)?.flatten().map(|e| e.path()).collect();
    files.sort();
    let (mut fail, mut pass) = (0, 0);
    for file in files {
        let name = file.file_name().unwrap_or_default().to_string_lossy().to_string();
        let shown = tollgate_engine::load::display_path(&file);
        let inside = |f: &str| f == shown || f.starts_with(&format!("{shown}/"));
        let own;
        let report = match &whole {
            Some(report) => report,
            None if name.starts_with("fail_") || name.starts_with("pass_") => {
                own = scan_fixtures(vec![file.clone()], id, Some(&file))?;
                &own
            }
            None => continue,
        };
        let hits = report.findings.iter().filter(|f| inside(&f.file) && f.rule_id == id).count();
        if name.starts_with("fail_") {
            fail += 1;
            if hits == 0 {
                return Err(format!("{name}: expected a finding of {id}, got none").into());
            }
        } else if name.starts_with("pass_") {
            pass += 1;
            if hits > 0 {
                let found: Vec<_> = report.findings.iter().filter(|f| inside(&f.file)).map(|f| &f.message).collect();
                return Err(format!("{name}: expected no finding of {id}, got {found:?}").into());
            }
        }
    }
    if fail == 0 || pass == 0 {
        return Err("fixtures need at least one fail_* and one pass_* file".into());
    }
    Ok(())
}
