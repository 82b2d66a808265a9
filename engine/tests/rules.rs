//! One generated test per built-in rule folder (`rules/<platform>/<rule>/`): what `tollgate rules test`
//! checks (the policy compiles with metadata, its Rego unit tests pass, every `fixtures/fail_*` file
//! gets a finding of the rule and no `fixtures/pass_*` file does), and a rule that declares fixes has
//! them verified on its failing fixtures, the fixed output snapshotted (`tests/fixed/`). Adding a rule
//! needs no Rust edit.

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use tollgate_engine::config::{Config, LoadedConfig, RuleSelection};
use tollgate_engine::evaluate::folder_test::test_folder;
use tollgate_engine::fix::FixStatus;
use tollgate_engine::fix::plan::{FixFilter, plan, report_keys};
use tollgate_engine::fix::rounds::{Verification, verify_in_rounds};
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
    // The suite proves nothing on an empty or half-read pack: every `policy.rego` has its trial.
    let folders = trials.len();
    let policies = tollgate_engine::evaluate::folder_test::rule_folders(&root).len();
    trials.push(Trial::test("every_rule_folder_has_a_test", move || {
        if folders == 0 || folders != policies {
            return Err(format!("{folders} rule folders tested, {policies} policy.rego files under rules/").into());
        }
        Ok(())
    }));
    trials.push(Trial::test("readme_figures_match_the_pack", move || readme_figures(&root)));
    libtest_mimic::run(&args, trials).exit();
}

/// The README's figures of the pack (rules per platform, rules with fixes) are what the pack holds.
fn readme_figures(root: &Path) -> Result<(), Failed> {
    let readme = read(&root.join("../README.md"))?;
    let folders = tollgate_engine::evaluate::folder_test::rule_folders(root);
    let mut fixes = 0;
    let mut per_platform: std::collections::BTreeMap<String, usize> = Default::default();
    for folder in &folders {
        if read(&folder.join("policy.rego"))?.contains("\"fix\":") {
            fixes += 1;
        }
        let platform = folder.parent().and_then(Path::file_name).unwrap_or_default().to_string_lossy().into_owned();
        *per_platform.entry(platform).or_default() += 1;
    }
    let total = folders.len();
    let count = |name: &str| per_platform.get(name).copied().unwrap_or(0);
    let expected = [
        format!("The built-in pack has {total} rules: {} AWS", count("aws")),
        format!(
            "{} Azure, {} Google Cloud, {} Kubernetes, {} across clouds",
            count("azure"),
            count("gcp"),
            count("kubernetes"),
            count("terraform")
        ),
        format!("{} drift rules; {fixes} carry a verified fix", count("drift")),
        format!("{fixes} of the {total} built-in rules carry fixes"),
    ];
    let flat = readme.split_whitespace().collect::<Vec<_>>().join(" ");
    let missing: Vec<&String> = expected.iter().filter(|e| !flat.contains(e.as_str())).collect();
    if missing.is_empty() { Ok(()) } else { Err(format!("README lacks {missing:?}").into()) }
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

/// The checks `tollgate rules test` runs (metadata, Rego unit tests, fixtures), then the fixes.
fn check_rule_folder(folder: &Path) -> Result<(), Failed> {
    let outcome = test_folder(folder);
    if !outcome.passed {
        return Err(format!("{outcome:#?}").into());
    }
    if outcome.unit_tests.is_empty() {
        return Err("policy_test.rego has no test_ rules".into());
    }
    let declares_fixes = read(&folder.join("policy.rego"))?.contains("\"fix\":");
    match (declares_fixes, outcome.rule_id) {
        (true, Some(id)) => check_fixes(folder, &id),
        _ => Ok(()),
    }
}

/// A rule that declares fixes: every fix of its `fail_*` fixtures that can be made is verified (the finding is
/// gone on a re-scan of the edited files, nothing new appears), and the fixed output is snapshotted.
fn check_fixes(folder: &Path, id: &str) -> Result<(), Failed> {
    // The failing fixtures, scanned together (each pass fixture stands alone and may declare what a
    // failing one does).
    let mut failing: Vec<PathBuf> = std::fs::read_dir(folder.join("fixtures"))
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    failing.retain(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("fail_")));
    failing.sort();
    let mut options = ScanOptions::new(failing);
    let rules = RuleSelection { enable: vec![format!("id:{id}")], ..RuleSelection::default() };
    options.config = LoadedConfig { config: Config { rules, ..Config::default() }, file: None, dir: PathBuf::new() };
    options.keep_resources = true;
    let outcome = scan(&options, &Silent);
    let read_file = |file: &str| std::fs::read_to_string(file).ok();
    let filter = FixFilter { rules: vec![id.to_owned()], ..FixFilter::default() };
    let fixes = plan(&outcome.report, &outcome.resources, &filter, &read_file);
    if fixes.is_empty() {
        return Err("the rule declares fixes, but no fail_* fixture gets one".into());
    }
    let before = report_keys(&outcome.report);
    let verification = Verification {
        options: &options,
        before: &before,
        filter: &filter,
        read: &read_file,
        with_cost: options.cost.is_some(),
    };
    let (fixes, edited) = verify_in_rounds(&verification, &outcome.resources, fixes);
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
