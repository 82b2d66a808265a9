//! Monthly cost estimates, offline: each Terraform (HCL or plan) and CloudFormation resource priced as
//! components (name, unit, quantity, unit price, monthly cost; 730 hours a month) from a price catalog
//! shipped as data
//! (`pricing/*.json`) or refreshed by `tollgate prices update`. Usage-priced components read a usage
//! file (Infracost's `infracost-usage.yml` format) and otherwise cost 0 and say so. Resource types
//! with no estimator, or whose price the catalog lacks, are listed as unpriced, never guessed.

mod aws;
mod aws_messaging;
mod aws_network;
mod aws_services;
mod azure;
pub mod budget;
pub mod catalog;
mod cloudformation;
pub mod diff;
pub mod estimate;
mod estimators;
mod free;
mod gcp;
pub mod html;
pub mod import_aws;
mod import_aws_products;
pub mod import_azure;
mod pricer;
pub mod provider_region;
pub mod render;
pub mod usage;

use serde::{Deserialize, Serialize};

/// Hours in a month, as cloud price sheets count them.
pub const HOURS_PER_MONTH: f64 = 730.0;
pub const COST_VERSION: u32 = 1;

/// One priced part of a resource.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Component {
    pub name: String,
    /// `hour`, `GB-month`, `GB`, ...
    pub unit: String,
    /// Units a month.
    pub quantity: f64,
    pub unit_price: f64,
    pub monthly: f64,
    /// Priced by usage: from the usage file, else 0 with `usage_missing`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub usage_based: bool,
    /// A usage-priced component with no usage given: it counts 0 ("depends on usage").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub usage_missing: bool,
    /// Which catalog priced it (`shipped`, `updated`) and the date its price is as of.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub catalog: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub as_of: String,
}

impl Component {
    pub fn new(name: &str, unit: &str, quantity: f64, unit_price: f64) -> Component {
        let monthly = round(quantity * unit_price);
        Component {
            name: name.into(),
            unit: unit.into(),
            quantity,
            unit_price,
            monthly,
            usage_based: false,
            usage_missing: false,
            catalog: String::new(),
            as_of: String::new(),
        }
    }
}

/// A priced resource.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResourceCost {
    pub address: String,
    #[serde(rename = "type")]
    pub resource_type: String,
    pub file: String,
    pub line: usize,
    pub region: String,
    pub components: Vec<Component>,
    pub monthly: f64,
}

/// A resource that could not be priced, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unpriced {
    pub address: String,
    #[serde(rename = "type")]
    pub resource_type: String,
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// Where the prices came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogInfo {
    pub provider: String,
    pub source: String,
    pub date: String,
    /// `shipped` (built into tollgate) or `updated` (written by `tollgate prices update`).
    #[serde(default)]
    pub catalog: String,
}

/// `tollgate cost`'s JSON (`schemas/cost.schema.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostReport {
    pub version: u32,
    pub currency: String,
    pub resources: Vec<ResourceCost>,
    pub unpriced: Vec<Unpriced>,
    pub total_monthly: f64,
    pub catalogs: Vec<CatalogInfo>,
    /// With `--base`: what the change does to the monthly cost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<diff::CostDiff>,
    /// The config's budgets, each with the estimate it was checked against.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub budgets: Vec<budget::BudgetResult>,
    /// For a reviewer: with `--base`, the change edits the budgets or usage figures it is judged by
    /// (the base revision's were used).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl CostReport {
    /// The monthly cost by resource type, most expensive first (ties by name), at most `most` types.
    pub fn by_type(&self, most: usize) -> Vec<(String, f64)> {
        let mut totals: std::collections::BTreeMap<&str, f64> = std::collections::BTreeMap::new();
        for r in &self.resources {
            *totals.entry(r.resource_type.as_str()).or_default() += r.monthly;
        }
        let mut types: Vec<(String, f64)> = totals.into_iter().map(|(t, m)| (t.to_owned(), m)).collect();
        types.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        types.truncate(most);
        types
    }

    /// The priced resources, most expensive first (ties by address).
    pub fn most_expensive(&self) -> Vec<&ResourceCost> {
        let mut resources: Vec<&ResourceCost> = self.resources.iter().collect();
        resources.sort_by(|a, b| b.monthly.total_cmp(&a.monthly).then_with(|| a.address.cmp(&b.address)));
        resources
    }
}

/// Cents are what bills show; more digits only add noise to snapshots and diffs.
pub fn round(amount: f64) -> f64 {
    // `+ 0.0` turns the -0.0 of an empty sum into 0.0.
    (amount * 100.0).round() / 100.0 + 0.0
}

/// The dates the run's prices are as of, oldest first, with the catalogs (`shipped`, `updated`) that
/// gave them.
pub fn price_dates(report: &CostReport) -> Vec<(String, String)> {
    let mut dates: Vec<(String, String)> = report
        .resources
        .iter()
        .flat_map(|r| &r.components)
        .filter(|c| !c.as_of.is_empty())
        .map(|c| (c.as_of.clone(), c.catalog.clone()))
        .collect();
    dates.sort();
    dates.dedup();
    dates
}

/// A `stale-prices` warning when a price the run used is as of more than 12 months before `today`
/// (a date `YYYY-MM-DD`, or a catalog's other date forms, which are left alone).
pub fn stale_warning(report: &CostReport, today: chrono::NaiveDate) -> Option<String> {
    let cutoff = today.checked_sub_months(chrono::Months::new(12))?;
    let mut stale: Vec<String> = price_dates(report)
        .into_iter()
        .filter(|(date, _)| chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok_and(|d| d < cutoff))
        .map(|(date, _)| date)
        .collect();
    // `price_dates` is sorted by date: the same date from two catalogs is named once.
    stale.dedup();
    (!stale.is_empty()).then(|| {
        format!(
            "stale-prices: prices as of {} are more than 12 months old; `tollgate prices update` fetches current ones",
            stale.join(", ")
        )
    })
}
