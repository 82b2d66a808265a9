//! Stage 2, read: every file read and normalized in parallel, through the cache (a known blob is
//! neither parsed nor evaluated again), the `--plan` file added to the files; and, when every file is
//! unchanged, the project-rule findings a cached scan left.

use rayon::prelude::*;

use super::Progress;
use super::file::read_file;
use super::inputs::{add_plan, blob_hash};
use super::state::Run;
use crate::cache::ruleset_hash;
use crate::evaluate::cached;

pub(super) fn stage(run: &mut Run<'_>, progress: &dyn Progress) {
    let options = run.options;
    let limits = run.limits;
    // Results judged with one base revision's cost deltas are not reused with another's.
    let base = options.cost_base.as_deref().map(crate::cost::estimate::base_digest).unwrap_or_default();
    run.cache = run.cache.take().map(|c| {
        let shard = options.shard.map(|s| s.to_string()).unwrap_or_default();
        let rules = ruleset_hash(&run.rules.rules, &options.config.config);
        c.with_ruleset(format!("{}\0{rules}\0{limits:?}\0{base}\0{shard}", options.cache_salt))
    });
    run.project_types = cached::project_types(&run.rules.rules);
    run.plan_index = options.plan.as_ref().map(|plan| add_plan(&mut run.discovery, plan));
    progress.stage("reading", run.discovery.files.len());
    let plan_hash = run.plan_index.map(|i| blob_hash(&run.discovery.files[i].path)).unwrap_or_default();
    run.terraform_context = run.cache.as_ref().map(|c| {
        let files = &run.discovery.files;
        format!("{}{plan_hash}", super::terraform::context(files, c, &options.terraform, &options.context_files))
    });
    let (cache, plan_index, context) = (run.cache.as_ref(), run.plan_index, run.terraform_context.as_deref());
    run.files = run
        .discovery
        .files
        .par_iter()
        .enumerate()
        .map(|(i, file)| {
            // The plan's resources depend on the HCL they are located at: never cached on their own.
            let cache = cache.filter(|_| Some(i) != plan_index);
            let outcome = read_file(file, limits.max_file_size, cache, context);
            progress.advance(1);
            outcome
        })
        .collect();
    if let Some(cache) = &run.cache {
        let (files, refs, rules) = (&mut run.files, &run.discovery.files, &run.rules.rules);
        (run.project_digest, run.project_found) =
            cached::project_results(cache, files, refs, rules, limits.max_file_size);
    }
}
