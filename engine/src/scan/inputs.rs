//! Adjusting what a run reads: the `--plan` file added to the files, the overlay of files whose
//! text is replaced in memory (how fixes are verified before anything is written), and the estimate
//! each resource carries into the rules (`input.cost`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::load;

/// Replaces the content of overlaid files and adds the overlay's new files.
pub fn apply_overlay(discovery: &mut load::Discovery, overlay: &BTreeMap<String, Arc<[u8]>>) {
    let mut unseen: BTreeMap<&String, &Arc<[u8]>> = overlay.iter().collect();
    for file in &mut discovery.files {
        if let Some(data) = unseen.remove(&file.display) {
            file.data = Some(data.clone());
        }
    }
    for (display, data) in unseen {
        if let Some(format) = load::format_of(display) {
            let path = PathBuf::from(display);
            discovery.files.push(load::FileRef {
                path,
                display: display.clone(),
                format,
                data: Some(data.clone()),
                rendered: None,
            });
        }
    }
}

/// Adds the `--plan` file to the files to read (once, even when the walk found it too); its index.
pub fn add_plan(discovery: &mut load::Discovery, plan: &std::path::Path) -> usize {
    let display = load::display_path(plan);
    discovery.files.retain(|f| f.display != display);
    discovery.files.push(load::FileRef {
        path: plan.to_path_buf(),
        display,
        format: load::Format::Json,
        data: None,
        rendered: None,
    });
    discovery.files.len() - 1
}

pub fn blob_hash(path: &std::path::Path) -> String {
    std::fs::read(path).map(|bytes| crate::git::blob_id(&bytes).to_string()).unwrap_or_default()
}

/// Prices the resources rules will read (`reads`: by index) into `input.cost`; with base estimates
/// (`check --base`), each also gets its `base_monthly` and `delta`.
pub fn price_for_rules(
    resources: &mut [crate::model::resource::Resource],
    cost: &crate::cost::estimate::CostContext,
    base: Option<&std::collections::HashMap<String, f64>>,
    reads: impl Fn(usize, &crate::model::resource::Resource) -> bool,
) {
    use crate::cost::estimate::{add_delta, base_key, input};
    let regions = crate::cost::provider_region::ProviderRegions::new(resources, &cost.defaults);
    for (i, resource) in resources.iter_mut().enumerate() {
        if !reads(i, resource) {
            continue;
        }
        let defaults = regions.defaults_for(resource, &cost.defaults);
        let mut priced = input(resource, &cost.catalog, &cost.usage, defaults);
        if let (Some(priced), Some(base)) = (priced.as_mut(), base) {
            add_delta(priced, base.get(&base_key(resource)).copied());
        }
        resource.cost = priced.map(Box::new);
    }
}
