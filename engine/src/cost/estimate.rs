//! Pricing resources: each resource type with an estimator gets components from the catalog (and the
//! usage file); types known to be free are counted; anything else is listed as unpriced with why.

use serde_json::Value;

use super::catalog::Catalog;
use super::usage::Usage;
use super::{Component, CostReport, ResourceCost, Unpriced, round};
use crate::model::resource::{Kind, Resource};

pub use super::pricer::{Defaults, Pricer};

/// How one resource prices: `None` when it is not priced at all (data sources, other kinds, types
/// that cost nothing by themselves); else its region and components, or why it cannot be priced.
pub fn price_one(
    resource: &Resource,
    catalog: &Catalog,
    usage: &Usage,
    defaults: &Defaults,
) -> Option<Result<(String, Vec<Component>), String>> {
    if resource.kind == Kind::Cloudformation {
        return price_template_resource(resource, catalog, usage, defaults);
    }
    if !resource.is_created()
        || !matches!(resource.kind, Kind::Terraform | Kind::TerraformPlan)
        || super::free::is_free(&resource.resource_type)
    {
        return None;
    }
    let pricer = Pricer { catalog, usage, defaults, resource };
    Some(match super::estimators::for_type(&resource.resource_type) {
        Some(estimator) => estimator(&pricer),
        None => Err(format!("no estimator for `{}`", resource.resource_type)),
    })
}

/// A CloudFormation resource, priced as the Terraform resource it is (`cloudformation`).
fn price_template_resource(
    resource: &Resource,
    catalog: &Catalog,
    usage: &Usage,
    defaults: &Defaults,
) -> Option<Result<(String, Vec<Component>), String>> {
    let resource_type = resource.resource_type.as_str();
    if !resource_type.starts_with("AWS::") || super::free::is_free_in_templates(resource_type) {
        return None;
    }
    let Some(translated) = super::cloudformation::as_terraform(resource) else {
        return Some(Err(format!("no estimator for `{resource_type}`")));
    };
    Some(translated.and_then(|resource| {
        let pricer = Pricer { catalog, usage, defaults, resource: &resource };
        match super::estimators::for_type(&resource.resource_type) {
            Some(estimator) => estimator(&pricer),
            None => Err(format!("no estimator for `{resource_type}`")),
        }
    }))
}

/// The estimate for every priced Terraform resource (evaluated HCL or a plan).
pub fn estimate(resources: &[Resource], catalog: &Catalog, usage: &Usage, defaults: &Defaults) -> CostReport {
    let mut report = CostReport {
        version: super::COST_VERSION,
        currency: "USD".into(),
        resources: Vec::new(),
        unpriced: Vec::new(),
        total_monthly: 0.0,
        catalogs: catalog.infos(),
        diff: None,
        budgets: Vec::new(),
        warnings: Vec::new(),
    };
    let regions = super::provider_region::ProviderRegions::new(resources, defaults);
    for resource in resources {
        match price_one(resource, catalog, usage, regions.defaults_for(resource, defaults)) {
            None => {}
            Some(Ok((region, components))) => {
                let monthly = round(components.iter().map(|c| c.monthly).sum());
                report.resources.push(ResourceCost {
                    address: resource.address.clone(),
                    resource_type: resource.resource_type.clone(),
                    file: resource.file.clone(),
                    line: resource.location.line,
                    region,
                    components,
                    monthly,
                });
            }
            Some(Err(reason)) => report.unpriced.push(Unpriced {
                address: resource.address.clone(),
                resource_type: resource.resource_type.clone(),
                file: resource.file.clone(),
                line: resource.location.line,
                reason,
            }),
        }
    }
    report.resources.sort_by(|a, b| (&a.file, &a.address).cmp(&(&b.file, &b.address)));
    report.unpriced.sort_by(|a, b| (&a.file, &a.address).cmp(&(&b.file, &b.address)));
    report.total_monthly = round(report.resources.iter().map(|r| r.monthly).sum());
    report
}

/// What the rules see as `input.cost` for one resource.
pub fn input(resource: &Resource, catalog: &Catalog, usage: &Usage, defaults: &Defaults) -> Option<Value> {
    Some(match price_one(resource, catalog, usage, defaults)? {
        Ok((region, components)) => {
            let monthly = round(components.iter().map(|c| c.monthly).sum());
            serde_json::json!({"monthly": monthly, "region": region, "components": components})
        }
        Err(reason) => serde_json::json!({"unpriced": reason}),
    })
}

/// Where a resource's estimate is compared across revisions: its root module's directory (the first
/// call site's, for a module's resource) and its address.
pub fn base_key(resource: &Resource) -> String {
    let root = resource.module_calls.first().map_or(resource.file.as_str(), |call| call.file.as_str());
    format!("{}\0{}", crate::load::dir_of(root), resource.address)
}

/// With `--base`: adds to a priced resource's `input.cost` what the base revision's estimate was
/// (`base_monthly`, null for a new resource) and the change (`delta`).
pub fn add_delta(cost: &mut Value, base: Option<f64>) {
    let Some(monthly) = cost.get("monthly").and_then(Value::as_f64) else { return };
    cost["base_monthly"] = base.map_or(Value::Null, Value::from);
    cost["delta"] = Value::from(round(monthly - base.unwrap_or(0.0)));
}

/// A digest of base estimates, for cache keys.
pub fn base_digest(base: &std::collections::HashMap<String, f64>) -> String {
    use sha2::Digest;
    let mut entries: Vec<(&String, &f64)> = base.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let mut hasher = sha2::Sha256::new();
    for (key, monthly) in entries {
        hasher.update(format!("{key}\0{monthly}\n").as_bytes());
    }
    hex::encode(&hasher.finalize()[..16])
}

/// Prices, usage and default regions, for `input.cost` during a scan.
#[derive(Debug, Default)]
pub struct CostContext {
    pub catalog: Catalog,
    pub usage: Usage,
    pub defaults: Defaults,
}
