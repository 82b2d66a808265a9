//! The optional stages between collecting and evaluating: live snapshots joined to the resources
//! (`check --live`: each declared resource gets its drift state, live entries are appended), and each
//! resource's estimate for the rules (`input.cost`), made only when a rule reads it.

use super::inputs::price_for_rules;
use super::state::Run;
use crate::model::resource::Resource;

/// Joins the live snapshots, when the run has them.
pub(super) fn live(run: &mut Run<'_>) {
    if let Some(snapshots) = &run.options.live {
        run.joined = Some(crate::drift::live::join(&mut run.resources, snapshots));
    }
}

/// Prices the resources the rules will read (a cached resource's per-resource results are in the
/// cache: only project rules read it again).
pub(super) fn cost(run: &mut Run<'_>) {
    let options = run.options;
    let reads_cost = options.price_always || run.rules.rules.iter().any(|r| r.reads_cost);
    let Some(cost) = options.cost.as_ref().filter(|_| reads_cost) else { return };
    let project_cached = run.project_cached();
    let (from_cache, project_types) = (&run.from_cache, &run.project_types);
    let read = |i: usize, r: &Resource| {
        !from_cache.get(i).copied().unwrap_or(false)
            || (!project_cached && project_types.as_ref().is_none_or(|t| t.contains(&r.resource_type)))
    };
    price_for_rules(&mut run.resources, cost, options.cost_base.as_deref(), read);
}
