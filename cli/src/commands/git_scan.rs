//! `check --rev`, `--base`, `--staged`: scans read from git. With `--base`, the head and the base are
//! scanned over the same affected paths and their findings compared by fingerprint; rules and config
//! come from the base unless `--policy-from head`.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use tollgate_engine::config::{self, CONFIG_NAMES, LoadedConfig};
use tollgate_engine::cost::estimate::base_key;
use tollgate_engine::evaluate::registry::is_policy_file;
use tollgate_engine::git::{self, Entry, Repo, Side, affected_paths, is_terraform, under};
use tollgate_engine::load::{MemoryFile, dir_of};
use tollgate_engine::report::compare;
use tollgate_engine::report::model::Warning;
use tollgate_engine::report::summary::refresh;
use tollgate_engine::{PolicyModules, Progress, ScanOptions, ScanOutcome, scan};

use crate::args::{CheckArgs, GitArgs};

/// The Terraform files of a revision that scanned modules call but that are not scanned themselves
/// (a module directory outside the change): found by following local `source`s from the scanned files,
/// read so evaluation can load them.
fn terraform_context(
    repo: &Repo,
    side: &Side,
    entries: &[Entry],
    scanned: &[MemoryFile],
) -> Result<Vec<MemoryFile>, String> {
    let mut have: HashSet<String> = scanned.iter().map(|f| f.display.clone()).collect();
    let mut seen_dirs: HashSet<String> = HashSet::new();
    let mut frontier: Vec<MemoryFile> = scanned.iter().filter(|f| f.display.ends_with(".tf")).cloned().collect();
    let mut context = Vec::new();
    while !frontier.is_empty() {
        let callees: Vec<String> =
            git::module_callers(&frontier).into_keys().filter(|dir| seen_dirs.insert(dir.clone())).collect();
        let wanted: Vec<Entry> = entries
            .iter()
            .filter(|e| (e.path.ends_with(".tf") || e.path.ends_with(".tf.json")) && !have.contains(e.path.as_str()))
            .filter(|e| callees.iter().any(|d| d == dir_of(&e.path)))
            .cloned()
            .collect();
        frontier = repo.read(side, &wanted).map_err(|e| e.to_string())?;
        context.extend(frontier.iter().cloned());
        have.extend(wanted.into_iter().map(|e| e.path));
    }
    Ok(context)
}

pub fn run(args: &CheckArgs, mut options: ScanOptions, progress: &dyn Progress) -> Result<ScanOutcome, String> {
    let git = &args.git;
    let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
    let repo = Repo::discover(&cwd).map_err(|e| e.to_string())?;
    let prefixes = git::repo_relative(repo.workdir(), &cwd, &args.scan.paths).map_err(|e| e.to_string())?;
    let head = head_side(git);
    progress.stage("git: listing the head", 0);
    let head_entries = repo.entries(&head).map_err(|e| e.to_string())?;
    let Some(base_rev) = &git.base else {
        // A Terraform file is scanned with its whole module directory; evaluation needs all of it.
        let (tf_files, others): (Vec<String>, Vec<String>) = prefixes.iter().cloned().partition(|p| is_terraform(p));
        let tf_dirs: Vec<&str> = tf_files.iter().map(|p| dir_of(p)).collect();
        let wanted = |path: &str| {
            (!others.is_empty() || tf_files.is_empty()) && under(path, &others)
                || (is_terraform(path) && tf_dirs.contains(&dir_of(path)))
        };
        let selected: Vec<Entry> = head_entries.iter().filter(|e| wanted(&e.path)).cloned().collect();
        let files = repo.read(&head, &selected).map_err(|e| e.to_string())?;
        options.context_files = terraform_context(&repo, &head, &head_entries, &files)?;
        options.files = Some(files);
        rebase_policies(&repo, &head, &head_entries, &mut options, &args.scan.policies, &cwd)?;
        return Ok(scan(&options, progress));
    };
    let base = Side::Revision(base_rev.clone());
    progress.stage("git: listing the base", 0);
    let base_entries = repo.entries(&base).map_err(|e| e.to_string())?;
    let changed: Vec<String> = git::changed_paths(&base_entries, &head_entries);
    let in_scope: Vec<String> = changed.iter().filter(|p| under(p, &prefixes)).cloned().collect();
    progress.stage("git: finding module callers", 0);
    // Module callers matter only when Terraform changed: then the head's Terraform files are read to find them.
    let terraform: Vec<Entry> = if in_scope.iter().any(|p| is_terraform(p)) {
        head_entries.iter().filter(|e| is_terraform(&e.path)).cloned().collect()
    } else {
        Vec::new()
    };
    let affected = affected_paths(&in_scope, &repo.read(&head, &terraform).map_err(|e| e.to_string())?);
    let pick =
        |entries: &[Entry]| -> Vec<Entry> { entries.iter().filter(|e| affected.contains(&e.path)).cloned().collect() };

    let policy_side = if git.policy_from == "head" { &head } else { &base };
    let policy_entries = if git.policy_from == "head" { &head_entries } else { &base_entries };
    rebase_policies(&repo, policy_side, policy_entries, &mut options, &args.scan.policies, &cwd)?;

    progress.stage("git: reading the affected files", 0);
    let mut base_options = options.clone();
    let base_files = repo.read(&base, &pick(&base_entries)).map_err(|e| e.to_string())?;
    base_options.context_files = terraform_context(&repo, &base, &base_entries, &base_files)?;
    base_options.files = Some(base_files);
    base_options.baseline = None;
    let head_files = repo.read(&head, &pick(&head_entries)).map_err(|e| e.to_string())?;
    options.context_files = terraform_context(&repo, &head, &head_entries, &head_files)?;
    options.files = Some(head_files);
    options.cost_base = if reads_cost_delta(&options) { base_costs(&base_options) } else { None };
    // The two scans share the thread pool (and the built-in rules' compiled engines).
    let (base_outcome, mut outcome) =
        rayon::join(|| scan(&base_options, &tollgate_engine::Silent), || scan(&options, progress));
    compare::classify(&mut outcome.report, &base_outcome.report, git.new_only);

    let policy_changes: Vec<&String> =
        changed.iter().filter(|p| is_policy_file(p) || CONFIG_NAMES.iter().any(|n| p.ends_with(n))).collect();
    for path in policy_changes {
        outcome.report.warnings.push(Warning {
            code: "policy-changed".into(),
            message: format!("this change edits {path}; the gate used the {} version", git.policy_from),
            file: Some(path.clone()),
            line: None,
        });
    }
    if git.policy_from == "head" {
        outcome.report.warnings.push(Warning {
            code: "policy-from-head".into(),
            message: "rules and config were read from the head, so the change under review could weaken its own gate"
                .into(),
            file: None,
            line: None,
        });
    }
    refresh(&mut outcome.report);
    Ok(outcome)
}

/// Whether a policy may read `input.cost.delta` or `base_monthly`: only a user's policy can (no built-in
/// rule does), and the pricing scan of the base costs a pull request's run a parse of its files.
fn reads_cost_delta(options: &ScanOptions) -> bool {
    let mut sources = options.policy_modules.iter().flat_map(|p| &p.modules).map(|(_, source)| source);
    sources.any(|source| source.contains("delta") || source.contains("base_monthly"))
}

/// The base revision's monthly estimates, for the `delta` in the head's `input.cost`: a scan of the
/// base files that only prices (no rule runs, nothing cached).
fn base_costs(base: &ScanOptions) -> Option<Arc<HashMap<String, f64>>> {
    base.cost.as_ref()?;
    let mut priced = base.clone();
    priced.builtin = false;
    priced.policy_modules.clear();
    priced.conftest_modules.clear();
    priced.keep_resources = true;
    priced.price_always = true;
    priced.with_sources = false;
    priced.cache_dir = None;
    let outcome = scan(&priced, &tollgate_engine::Silent);
    let monthly = |r: &tollgate_engine::model::resource::Resource| r.cost.as_ref()?.get("monthly")?.as_f64();
    Some(Arc::new(outcome.resources.iter().filter_map(|r| Some((base_key(r), monthly(r)?))).collect()))
}

fn head_side(git: &GitArgs) -> Side {
    if git.staged {
        Side::Index
    } else if let Some(rev) = git.rev.as_ref().or(git.head.as_ref()) {
        Side::Revision(rev.clone())
    } else {
        Side::WorkTree
    }
}

/// The config file at `path` as one side has it, parsed and validated (`None` when the side has no such
/// file); errors are located, one per line.
pub fn config_at(repo: &Repo, side: &Side, entries: &[Entry], path: &str) -> Result<Option<config::Config>, String> {
    let Some(entry) = entries.iter().find(|e| e.path == path) else {
        return Ok(None);
    };
    let file = repo.read(side, std::slice::from_ref(entry)).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&file[0].data);
    let parsed = config::parse_text(path, &text).map_err(|errors| {
        let lines: Vec<String> =
            errors.iter().map(|e| format!("{}:{}:{}: {} ({})", e.file, e.line, e.column, e.message, e.key)).collect();
        lines.join("\n")
    })?;
    Ok(Some(parsed))
}

/// Reads the config file and the policy directories (config `policies` and `conftest_policies`,
/// `--policy`, `--conftest-policy`) from one side.
fn rebase_policies(
    repo: &Repo,
    side: &Side,
    entries: &[Entry],
    options: &mut ScanOptions,
    cli_policies: &[std::path::PathBuf],
    cwd: &Path,
) -> Result<(), String> {
    let config_path = entries.iter().map(|e| e.path.as_str()).find(|p| CONFIG_NAMES.contains(p));
    options.config = match config_path {
        Some(path) => LoadedConfig {
            config: config_at(repo, side, entries, path)?.unwrap_or_default(),
            file: Some(path.to_owned()),
            dir: Default::default(),
        },
        None => LoadedConfig::default(),
    };
    // Config and CLI policies apply everywhere; an override's policies only under its paths.
    let mut dirs: Vec<(String, Vec<String>)> =
        std::mem::take(&mut options.config.config.policies).into_iter().map(|d| (d, Vec::new())).collect();
    let cli = git::repo_relative(repo.workdir(), cwd, cli_policies).map_err(|e| e.to_string())?;
    dirs.extend(cli.into_iter().map(|d| (d, Vec::new())));
    for o in &mut options.config.config.overrides {
        dirs.extend(std::mem::take(&mut o.policies).into_iter().map(|d| (d, o.paths.clone())));
    }
    options.policy_paths.clear();
    // Conftest policy directories (config and `--conftest-policy`) come from the same side.
    let mut conftest_dirs = std::mem::take(&mut options.config.config.conftest_policies);
    let paths = std::mem::take(&mut options.conftest_paths);
    conftest_dirs.extend(git::repo_relative(repo.workdir(), cwd, &paths).map_err(|e| e.to_string())?);
    for dir in conftest_dirs {
        options.conftest_modules.extend(policy_sources(repo, side, entries, &dir)?.1);
    }
    for (dir, paths) in dirs {
        let (label, modules) = policy_sources(repo, side, entries, &dir)?;
        options.policy_modules.push(PolicyModules { label, modules, paths });
    }
    Ok(())
}

/// The policy modules (path, source) under `dir` on one side, and the directory as a label.
fn policy_sources(
    repo: &Repo,
    side: &Side,
    entries: &[Entry],
    dir: &str,
) -> Result<(String, Vec<(String, String)>), String> {
    let dir = dir.trim_start_matches("./").trim_end_matches('/').to_owned();
    let modules: Vec<Entry> = entries
        .iter()
        .filter(|e| under(&e.path, std::slice::from_ref(&dir)) && is_policy_file(&e.path))
        .cloned()
        .collect();
    let files = repo.read(side, &modules).map_err(|e| e.to_string())?;
    Ok((dir, files.into_iter().map(|f| (f.display, String::from_utf8_lossy(&f.data).into_owned())).collect()))
}
