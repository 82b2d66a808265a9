//! Stage 5, evaluate: every selected rule over the resources (per-resource rules on their types,
//! project rules per project), the cache's results merged in and this run's stored, and live findings
//! the code has too dropped.

use super::Progress;
use super::state::Run;
use crate::evaluate::{cached, project_cache, run};
use crate::model::resource::Resource;

pub(super) fn stage(run: &mut Run<'_>, progress: &dyn Progress) {
    progress.stage("evaluating", run.resources.len());
    let config = &run.options.config.config;
    let rules = &run.rules;
    // A rule that reads `rule_data` keys the config does not give has nothing to judge by.
    run.has_data =
        rules.rules.iter().map(|r| r.meta.rule_data.iter().all(|k| config.rule_data.contains_key(k))).collect();
    let project_cached = run.project_cached();
    let (has_data, selection) = (&run.has_data, &run.selection);
    let selected = |r: usize, resource: &Resource| {
        !(project_cached && project_cache::is_project_rule(&rules.rules[r]))
            && has_data[r]
            && rules.scopes[r].as_ref().is_none_or(|g| g.is_match(&resource.file))
            && selection.enabled(&rules.rules[r].meta, &resource.file)
    };
    let rule_data = (!config.rule_data.is_empty())
        .then(|| regorus::Value::from(serde_json::json!({"tollgate": {"rule_data": config.rule_data}})));
    let mut evaluation = run::run(&rules.rules, &run.resources, &selected, &run.from_cache, rule_data.as_ref());
    match (&run.cache, run.project_digest.take(), run.project_found.take()) {
        (_, _, Some(found)) => evaluation.findings.extend(found.into_iter().map(|(finding, _)| finding)),
        (Some(cache), Some(digest), None) => {
            project_cache::store(cache, &digest, &rules.rules, &evaluation, &run.resources)
        }
        _ => {}
    }
    if let Some(joined) = &run.joined {
        joined.drop_covered(&mut evaluation.findings);
    }
    progress.advance(run.resources.len());
    if let Some(cache) = &run.cache {
        cached::merge_and_store(cache, &rules.rules, &run.files, &run.spans, &run.resources, &mut evaluation);
        cache.finish(run.files.iter().filter_map(|f| f.cache_key.as_deref()));
    }
    run.evaluation = evaluation;
}
