//! Rule sources: the built-in pack embedded in the binary, and user policy directories (Conftest layout).

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use include_dir::{Dir, include_dir};
use rayon::prelude::*;

pub use super::rule::package_of;
use super::rule::{Origin, Rule, RuleError, find_entry_points, is_legacy, located, new_engine};

/// The built-in rule pack: `rules/<platform>/<rule>/policy.rego` plus shared helpers in `rules/lib/`.
static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../rules");

/// Rules that compiled, and policies that did not.
#[derive(Debug, Default, Clone)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub errors: Vec<RuleError>,
}

impl RuleSet {
    pub fn extend(&mut self, other: RuleSet) {
        self.rules.extend(other.rules);
        self.errors.extend(other.errors);
    }
}

/// Compiles the built-in pack.
pub fn builtin() -> RuleSet {
    builtin_under("")
}

/// Compiles the built-in drift rules only (`rules/drift/`), for `tollgate drift`.
pub fn builtin_drift() -> RuleSet {
    builtin_under("drift/")
}

/// The built-in rules whose folder starts with `prefix`: read once per process, then cloned (clones
/// share their compiled engines, so a `--base` run's two scans and `fix`'s re-checks compile a rule once).
/// The lock is not held while reading: a rayon worker waiting for it must not run a job that takes it.
/// Two scans that read at once keep the first set stored, so they still share its engines.
fn builtin_under(prefix: &str) -> RuleSet {
    static PACKS: OnceLock<Mutex<HashMap<String, RuleSet>>> = OnceLock::new();
    let packs = PACKS.get_or_init(Default::default);
    if let Some(set) = packs.lock().ok().and_then(|p| p.get(prefix).cloned()) {
        return set;
    }
    let read = read_builtin(prefix);
    match packs.lock() {
        Ok(mut packs) => packs.entry(prefix.to_owned()).or_insert(read).clone(),
        Err(_) => read,
    }
}

/// How many built-in rules share one engine. regorus resolves a `data.` reference by walking every
/// module of its engine, so one engine for the whole pack is slower than one per rule; groups of 32
/// compile the helper libraries 8 times instead of 245 and keep most of the speed. Cold scan of the
/// corpus (245 rules, medians of three): one per rule 1.90 s and 325 MB, 8 per engine 1.40 s and
/// 305 MB, 32 per engine 1.38 s and 300 MB, 64 1.60 s, all in one 1.95 s.
const RULES_PER_ENGINE: usize = 32;

fn read_builtin(prefix: &str) -> RuleSet {
    let mut libs = Vec::new();
    let mut policies = Vec::new();
    collect_embedded(&BUILTIN, &mut libs, &mut policies);
    policies.retain(|(name, _)| name.strip_prefix("rules/").is_some_and(|p| p.starts_with(prefix)));
    let results: Vec<_> =
        policies.par_iter().map(|m| Rule::compile(std::slice::from_ref(m), &libs, Origin::Builtin)).collect();
    let mut set = split(results);
    set.rules.chunks_mut(RULES_PER_ENGINE).for_each(Rule::share_engine);
    set
}

fn collect_embedded(dir: &Dir<'static>, libs: &mut Vec<(String, String)>, policies: &mut Vec<(String, String)>) {
    for file in dir.files() {
        let path = file.path().to_string_lossy().replace('\\', "/");
        let Some(text) = file.contents_utf8() else {
            continue;
        };
        let name = format!("rules/{path}");
        if path.starts_with("lib/") && path.ends_with(".rego") && !path.ends_with("_test.rego") {
            libs.push((name, text.to_owned()));
        } else if path.ends_with("/policy.rego") {
            policies.push((name, text.to_owned()));
        }
    }
    for sub in dir.dirs() {
        if sub.path().file_name().is_some_and(|n| n == "fixtures") {
            continue;
        }
        collect_embedded(sub, libs, policies);
    }
}

/// The built-in helper modules (`rules/lib/*.rego`): name and source.
pub fn builtin_libs() -> Vec<(String, String)> {
    let mut libs = Vec::new();
    collect_embedded(&BUILTIN, &mut libs, &mut Vec::new());
    libs
}

/// Writes the built-in pack (policies, tests, fixtures) under `dir`, for `tollgate rules test`.
pub fn extract_builtin(dir: &Path) -> std::io::Result<()> {
    // The pack's own files (COVERAGE.md) are written before any folder would create `dir`.
    std::fs::create_dir_all(dir)?;
    BUILTIN.extract(dir)
}

/// The source text of a built-in file (`rules/...`), for snippets and rule tests.
pub fn builtin_file(display: &str) -> Option<&'static str> {
    BUILTIN.get_file(display.strip_prefix("rules/")?)?.contents_utf8()
}

/// Loads a user policy file or directory: every `.rego` file but `*_test.rego`.
pub fn load_path(path: &Path) -> RuleSet {
    let (modules, errors) = read_modules(path);
    let mut set = compile_modules(&crate::load::display_path(path), modules);
    set.errors.extend(errors);
    set
}

/// The policy modules (display path, source) of a file or directory, and the files that could not be read.
pub fn read_modules(path: &Path) -> (Vec<(String, String)>, Vec<RuleError>) {
    let mut modules = Vec::new();
    let mut errors = Vec::new();
    let walker = ignore::WalkBuilder::new(path).standard_filters(false).follow_links(false).build();
    for entry in walker.flatten() {
        let file = entry.path();
        if !is_policy_file(&file.to_string_lossy()) || !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let display = crate::load::display_path(file);
        match std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|b| crate::model::text::decode(&b).map_err(|e| e.to_string()))
        {
            Ok(text) => modules.push((display, text)),
            Err(message) => errors.push(RuleError { file: display, line: 1, column: 1, message }),
        }
    }
    modules.sort();
    (modules, errors)
}

/// Whether a file name is a policy module (not a test).
pub fn is_policy_file(name: &str) -> bool {
    name.ends_with(".rego") && !name.ends_with("_test.rego")
}

/// Compiles the policy modules of one source (`label` names it in errors), Conftest style: one rule per
/// package, every module visible to every rule so helper packages import as in Conftest.
pub fn compile_modules(label: &str, sources: Vec<(String, String)>) -> RuleSet {
    let mut set = RuleSet::default();
    let mut modules = Vec::new();
    for (display, text) in sources {
        // A module that does not parse is reported once and kept away from the other rules.
        match new_engine(is_legacy(&text)).add_policy(display.clone(), text.clone()) {
            Ok(_) => modules.push((display, text)),
            Err(err) => set.errors.push(located(&display, &err)),
        }
    }
    if modules.is_empty() && set.errors.is_empty() {
        set.errors.push(RuleError {
            file: label.to_owned(),
            line: 1,
            column: 1,
            message: "no Rego policies found (expected .rego files)".into(),
        });
    }
    modules.sort();
    let mut packages: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for module in &modules {
        packages.entry(package_of(&module.1)).or_default().push(module.clone());
    }
    // The built-in helpers (`data.tollgate.lib`, ...) are there for user rules as for the pack's own,
    // in `check` as in `rules test`; a user's module of the same package wins.
    let own: std::collections::BTreeSet<String> = modules.iter().map(|(_, src)| package_of(src)).collect();
    let mut libs: Vec<(String, String)> =
        builtin_libs().into_iter().filter(|(_, src)| !own.contains(&package_of(src))).collect();
    libs.extend(modules.iter().cloned());
    let results: Vec<_> = packages
        .into_iter()
        .filter(|(package, files)| files.iter().any(|(_, src)| !find_entry_points(src, package).is_empty()))
        .collect::<Vec<_>>()
        .par_iter()
        .map(|(_, files)| Rule::compile(files, &libs, Origin::User))
        .collect();
    set.extend(split(results));
    set
}

fn split(results: Vec<Result<Rule, RuleError>>) -> RuleSet {
    let mut set = RuleSet::default();
    for result in results {
        match result {
            Ok(rule) => set.rules.push(rule),
            Err(err) => set.errors.push(err),
        }
    }
    set
}
