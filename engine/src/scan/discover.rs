//! Stage 1, discover: walks the paths (or takes the files in memory), compiles the rules and opens the
//! cache, the three side by side; then applies the in-memory overlay, leaves out the live snapshots'
//! own files and, with `--shard`, what another shard owns (all Terraform stays: roots depend on every
//! caller). Paths that do not exist are I/O errors.

use super::Progress;
use super::inputs::apply_overlay;
use super::state::Run;
use super::terraform::is_terraform;
use crate::cache::Cache;
use crate::evaluate::loaded::load_rules;
use crate::load;
use crate::report::model::ReportError;

pub(super) fn stage(run: &mut Run<'_>, progress: &dyn Progress) {
    let options = run.options;
    progress.stage("discovering, compiling rules", options.paths.len());
    let scope = match &options.files {
        Some(files) => format!("memory:{}", files.len()),
        None => format!(
            "{:?}",
            options.paths.iter().map(|p| std::path::absolute(p).unwrap_or_default()).collect::<Vec<_>>()
        ),
    };
    let (exclude, include) = (&run.exclude, run.include.as_ref());
    let (mut discovery, (rules, cache)) = rayon::join(
        || match &options.files {
            Some(files) => load::discover_memory(files.clone(), exclude, include),
            None => load::discover(&options.paths, exclude, include),
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
        run.errors.extend(live.errors.iter().cloned());
    }
    if let Some(shard) = options.shard {
        // Terraform stays whole: which modules are roots depends on every caller. The shard evaluates
        // the roots it owns (with what they call) and reports the files it owns.
        discovery.files.retain(|f| is_terraform(f.format) || shard.owns(&f.display));
        discovery.skipped.retain(|f| shard.owns(&f.path));
        discovery.helm_templates.retain(|f| shard.owns(f));
        if shard.index != 1 {
            discovery.unknown_format = 0;
        }
    }
    for (path, message) in &discovery.missing {
        run.errors.push(ReportError {
            kind: "io".into(),
            file: path.clone(),
            line: 1,
            column: 1,
            message: message.clone(),
            rule_id: None,
        });
    }
    run.errors.extend(rules.errors.iter().cloned());
    run.discovery = discovery;
    run.rules = rules;
    run.cache = cache;
}
