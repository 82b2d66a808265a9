//! The pipeline: load → normalize → evaluate → report, for one run of `tollgate check`.

use std::collections::BTreeMap;
use std::sync::Arc;

use globset::GlobSet;
use rayon::prelude::*;

use crate::cache::{Cache, ruleset_hash};
use crate::config::select::{Selection, path_globs};
use crate::drift::live;
pub use crate::evaluate::loaded::{LoadedRules, load_rules};
use crate::evaluate::{cached, project_cache, run};
use crate::findings::{FindingContext, build_findings};
use crate::load::{self, dir_of};
use crate::normalize::Normalized;
use crate::read::{FileOutcome, read_file};
use crate::report::model::{Report, ReportError, SkippedFile, Warning};
use crate::report::summary::summarize;
use crate::resource::Resource;
use crate::scan_inputs::{add_plan, apply_overlay, blob_hash, price_for_rules};
use crate::severity::Severity;
use crate::terraform_scan;

pub use crate::scan_options::ScanOptions;

/// A policy directory read from memory: its label, its modules (name, source), and the path globs it
/// is limited to (an override's `paths`; empty for everywhere).
#[derive(Debug, Clone, Default)]
pub struct PolicyModules {
    pub label: String,
    pub modules: Vec<(String, String)>,
    pub paths: Vec<String>,
}

/// Progress reports from a run (the engine never prints; the CLI draws them).
pub trait Progress: Sync {
    fn stage(&self, _name: &'static str, _total: usize) {}
    fn advance(&self, _by: usize) {}
}

/// No progress reporting.
pub struct Silent;
impl Progress for Silent {}

/// A finished run: the report, and the text of every file it points into (for snippets).
#[derive(Debug)]
pub struct ScanOutcome {
    pub report: Report,
    pub sources: BTreeMap<String, Arc<str>>,
    /// The resources rules received (only with `keep_resources`).
    pub resources: Vec<Resource>,
    /// The config's model fallback chain (from the config the scan used: the base's with `--base`).
    pub models: Vec<crate::config::ModelConfig>,
}

/// Runs the whole pipeline.
pub fn scan(options: &ScanOptions, progress: &dyn Progress) -> ScanOutcome {
    let config = &options.config.config;
    let config_file = options.config.file.clone().unwrap_or_else(|| ".tollgate.yaml".into());
    let mut errors = Vec::new();
    let config_error = |message: String| ReportError {
        kind: "config".into(),
        file: config_file.clone(),
        line: 1,
        column: 1,
        message,
        rule_id: None,
    };
    let base = options.config.base();
    let selection = Selection::new(config, &base).unwrap_or_else(|e| {
        errors.push(config_error(e));
        Selection::default()
    });
    let globs = |globs: &[String], errors: &mut Vec<ReportError>| {
        path_globs(globs, &base).unwrap_or_else(|e| {
            errors.push(config_error(e));
            GlobSet::empty()
        })
    };
    let mut limits = config.limits;
    limits.max_file_size = options.max_file_size.unwrap_or(limits.max_file_size);
    crate::limits::set(limits);
    let exclude = globs(&config.exclude, &mut errors);
    let include = (!config.include.is_empty()).then(|| globs(&config.include, &mut errors));

    // 1 LOAD
    // Walking the paths, compiling the rules and opening the cache do not depend on each other.
    progress.stage("discovering, compiling rules", options.paths.len());
    let scope = match &options.files {
        Some(files) => format!("memory:{}", files.len()),
        None => format!(
            "{:?}",
            options.paths.iter().map(|p| std::path::absolute(p).unwrap_or_default()).collect::<Vec<_>>()
        ),
    };
    let (mut discovery, (rules, cache)) = rayon::join(
        || match &options.files {
            Some(files) => load::discover_memory(files.clone(), &exclude, include.as_ref()),
            None => load::discover(&options.paths, &exclude, include.as_ref()),
        },
        // Cached results were judged without drift states: a run against live snapshots evaluates afresh.
        || {
            let cache_dir = options.cache_dir.as_deref().filter(|_| options.live.is_none());
            rayon::join(|| load_rules(options), || cache_dir.map(|dir| Cache::open(dir, &scope)))
        },
    );
    apply_overlay(&mut discovery, &options.overlay);
    if let Some(live) = &options.live {
        discovery.files.retain(|f| !live.files.contains(&f.display));
        discovery.skipped.retain(|f| !live.files.contains(&f.path));
        errors.extend(live.errors.iter().cloned());
    }
    if let Some(shard) = options.shard {
        // Terraform stays whole: which modules are roots depends on every caller. The shard evaluates
        // the roots it owns (with what they call) and reports the files it owns.
        discovery.files.retain(|f| terraform_scan::is_terraform(f.format) || shard.owns(&f.display));
        discovery.skipped.retain(|f| shard.owns(&f.path));
        discovery.helm_templates.retain(|f| shard.owns(f));
        if shard.index != 1 {
            discovery.unknown_format = 0;
        }
    }
    for (path, message) in &discovery.missing {
        errors.push(ReportError {
            kind: "io".into(),
            file: path.clone(),
            line: 1,
            column: 1,
            message: message.clone(),
            rule_id: None,
        });
    }
    // 2 NORMALIZE (through the cache: a known blob is neither parsed nor evaluated again)
    errors.extend(rules.errors.iter().cloned());
    // Results judged with one base revision's cost deltas are not reused with another's.
    let base = options.cost_base.as_deref().map(crate::cost::estimate::base_digest).unwrap_or_default();
    let cache = cache.map(|c| {
        let shard = options.shard.map(|s| s.to_string()).unwrap_or_default();
        let rules = ruleset_hash(&rules.rules, config);
        c.with_ruleset(format!("{}\0{rules}\0{limits:?}\0{base}\0{shard}", options.cache_salt))
    });
    let project_types = cached::project_types(&rules.rules);
    let plan_index = options.plan.as_ref().map(|plan| add_plan(&mut discovery, plan));
    progress.stage("reading", discovery.files.len());
    let plan_hash = plan_index.map(|i| blob_hash(&discovery.files[i].path)).unwrap_or_default();
    let context = cache.as_ref().map(|c| {
        format!(
            "{}{plan_hash}",
            terraform_scan::context(&discovery.files, c, &options.terraform, &options.context_files)
        )
    });
    let mut files: Vec<FileOutcome> = discovery
        .files
        .par_iter()
        .enumerate()
        .map(|(i, file)| {
            // The plan's resources depend on the HCL they are located at: never cached on their own.
            let cache = cache.as_ref().filter(|_| Some(i) != plan_index);
            let outcome = read_file(file, limits.max_file_size, cache, context.as_deref());
            progress.advance(1);
            outcome
        })
        .collect();
    let (project_digest, project_found) = match &cache {
        Some(cache) => cached::project_results(cache, &mut files, &discovery.files, &rules.rules, limits.max_file_size),
        None => (None, None),
    };
    let project_cached = project_found.is_some();
    progress.stage("evaluating Terraform", 0);
    let mut terraform = terraform_scan::run(
        &discovery.files,
        &mut files,
        &options.terraform,
        &options.context_files,
        cache.as_ref().zip(context.as_deref()),
        limits.max_file_size,
        options.shard,
    );
    errors.extend(terraform.stored.errors.iter().cloned());
    if let Some(i) = plan_index {
        if let Ok(Normalized::Skipped { .. }) = &files[i].result {
            errors.push(ReportError {
                kind: "config".into(),
                file: discovery.files[i].display.clone(),
                line: 1,
                column: 1,
                message: "--plan: not a Terraform plan (`terraform show -json PLANFILE`)".into(),
                rule_id: None,
            });
        }
        let plan_dir = dir_of(&discovery.files[i].display).to_owned();
        crate::plan_scan::relocate(&mut files[i], &mut terraform.by_file, &plan_dir);
    }
    let mut resources: Vec<Resource> = Vec::new();
    let mut sources = BTreeMap::new();
    let mut skipped: Vec<SkippedFile> =
        discovery.skipped.iter().map(|s| SkippedFile { file: s.path.clone(), reason: s.reason.clone() }).collect();
    let mut files_scanned = 0;
    let mut spans = Vec::with_capacity(files.len());
    let mut from_cache = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let start = resources.len();
        // A shard counts and reports the files it owns; it reads every Terraform file.
        let owned = options.shard.is_none_or(|s| s.owns(&file.display));
        if let Some(entry) = &file.cached {
            for (i, head) in entry.heads.iter().enumerate() {
                let full = project_types.as_ref().is_none_or(|t| t.contains(&head.resource_type));
                resources.push(entry.resource(i, full, &file.display));
            }
        }
        if let Some(text) = &file.text {
            sources.insert(file.display.clone(), text.clone());
        }
        match &file.result {
            Ok(Normalized::Resources { resources: found, .. }) => {
                files_scanned += usize::from(owned);
                resources.extend(found.iter().cloned());
            }
            Ok(Normalized::Terraform(_)) => {
                files_scanned += usize::from(owned);
                resources.extend(terraform.by_file.remove(&index).unwrap_or_default());
            }
            Ok(Normalized::Skipped { reason }) if owned => {
                skipped.push(SkippedFile { file: file.display.clone(), reason: reason.clone() })
            }
            Ok(Normalized::Skipped { .. }) => {}
            Err(err) => {
                files_scanned += usize::from(owned);
                if owned {
                    errors.push(err.clone());
                }
            }
        }
        from_cache.extend(std::iter::repeat_n(file.cached.is_some(), resources.len() - start));
        spans.push(start..resources.len());
    }
    if let Some(found) = &project_found {
        project_cache::restore(found, &mut resources);
    }
    let joined = options.live.as_ref().map(|snapshots| live::join(&mut resources, snapshots));
    // Prices are read (and catalogs parsed) only when a rule reads `input.cost`.
    let reads_cost = options.price_always || rules.rules.iter().any(|r| r.mentions("input.cost"));
    if let Some(cost) = options.cost.as_ref().filter(|_| reads_cost) {
        // A cached resource's per-resource results are in the cache: only project rules read it again.
        let read = |i: usize, r: &Resource| {
            !from_cache.get(i).copied().unwrap_or(false)
                || (!project_cached && project_types.as_ref().is_none_or(|t| t.contains(&r.resource_type)))
        };
        price_for_rules(&mut resources, cost, options.cost_base.as_deref(), read);
    }
    // 3 EVALUATE
    progress.stage("evaluating", resources.len());
    // A rule that reads `rule_data` keys the config does not give has nothing to judge by.
    let has_data: Vec<bool> =
        rules.rules.iter().map(|r| r.meta.rule_data.iter().all(|k| config.rule_data.contains_key(k))).collect();
    let selected = |r: usize, resource: &Resource| {
        !(project_cached && project_cache::is_project_rule(&rules.rules[r]))
            && has_data[r]
            && rules.scopes[r].as_ref().is_none_or(|g| g.is_match(&resource.file))
            && selection.enabled(&rules.rules[r].meta, &resource.file)
    };
    let rule_data = (!config.rule_data.is_empty())
        .then(|| regorus::Value::from(serde_json::json!({"tollgate": {"rule_data": config.rule_data}})));
    let mut evaluation = run::run(&rules.rules, &resources, &selected, &from_cache, rule_data.as_ref());
    match (&cache, project_digest, project_found) {
        (_, _, Some(found)) => evaluation.findings.extend(found.into_iter().map(|(finding, _)| finding)),
        (Some(cache), Some(digest), None) => {
            project_cache::store(cache, &digest, &rules.rules, &evaluation, &resources)
        }
        _ => {}
    }
    if let Some(joined) = &joined {
        joined.drop_covered(&mut evaluation.findings);
    }
    progress.advance(resources.len());
    if let Some(cache) = &cache {
        cached::merge_and_store(cache, &rules.rules, &files, &spans, &resources, &mut evaluation);
        cache.finish(files.iter().filter_map(|f| f.cache_key.as_deref()));
    }
    let context = FindingContext {
        rules: &rules.rules,
        resources: &resources,
        selection: &selection,
        options,
        today: options.today,
    };
    progress.stage("findings", evaluation.findings.len());
    let mut built = build_findings(&context, &evaluation);
    let conftest = crate::conftest_scan::run(options, &discovery.files, &files, &resources, &selection);
    // Selectors name the pack's rules, the user's and the Conftest policies'; one naming none is an error.
    let conftest_rules = conftest.iter().flat_map(|c| &c.rules);
    let all: Vec<_> = rules.all.iter().chain(conftest_rules).collect();
    errors.extend(crate::config::unmatched::errors(&selection, &options.frameworks, &all, &config_file));
    crate::conftest_scan::merge(conftest, &mut built.findings, &mut errors);
    errors.extend(built.errors);
    let mut warnings = built.warnings;
    warnings.extend(terraform.stored.warnings);
    if !discovery.helm_templates.is_empty() {
        warnings.push(Warning {
            code: "helm-not-rendered".into(),
            message: format!(
                "{} Helm chart template(s) not scanned: templates are YAML only once rendered (`helm template`)",
                discovery.helm_templates.len()
            ),
            file: discovery.helm_templates.first().map(|f| dir_of(f).to_owned()),
            line: None,
        });
    }
    // 4 REPORT
    progress.stage("reporting", built.findings.len());
    let used: std::collections::BTreeSet<&str> =
        built.findings.iter().map(|f| f.file.as_str()).chain(errors.iter().map(|e| e.file.as_str())).collect();
    sources.retain(|file, _| used.contains(file.as_str()));
    if options.with_sources {
        cached::fill_sources(&mut sources, &used, &discovery.files);
    }
    let counts = crate::report::summary::Counts {
        files_scanned,
        files_unknown_format: discovery.unknown_format,
        helm_templates_skipped: discovery.helm_templates.len(),
        resources: &resources,
        evaluations: evaluation.evaluations,
    };
    let fail_on = options.fail_on.or(config.fail_on).unwrap_or(Severity::Low);
    // The report lists, counts and scores the rules that ran: selected somewhere, with their data.
    let ran: Vec<_> = rules
        .rules
        .iter()
        .zip(&has_data)
        .filter(|(r, data)| **data && selection.runs_somewhere(&r.meta))
        .map(|(r, _)| r.clone())
        .collect();
    let mut report = summarize(built.findings, errors, warnings, skipped, &ran, counts, fail_on);
    report.terraform = terraform.stored.summary;
    if !options.frameworks.is_empty() {
        report.posture = crate::report::posture::posture(&options.frameworks, &ran, &resources, &report.findings);
    }
    report.drift = joined.map(|mut j| {
        j.report.finish(Vec::new(), None);
        j.report.summary
    });
    let kept = if options.keep_resources { std::mem::take(&mut resources) } else { Vec::new() };
    // Freeing tens of thousands of values takes longer than the rest of a cached run: do it aside.
    drop_in_background((resources, files, cache, rules, discovery, evaluation));
    ScanOutcome { report, sources, resources: kept, models: config.models.clone() }
}

/// Drops a value on another thread.
fn drop_in_background<T: Send + 'static>(value: T) {
    std::thread::spawn(move || drop(value));
}
