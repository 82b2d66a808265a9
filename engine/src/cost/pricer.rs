//! What an estimator works with (`Pricer`): the catalog, the usage file, the default regions and the
//! resource, with the reads and the catalog-priced components every provider's estimators use.

use serde_json::Value;

use super::Component;
use super::catalog::Catalog;
use super::usage::Usage;
use crate::model::resource::Resource;

/// A resource's priced region and components, or why it cannot be priced.
pub type Estimate = Result<(String, Vec<Component>), String>;

/// Prices one resource type; every estimator file registers its own in `ESTIMATORS`.
pub type Estimator = fn(&Pricer<'_>) -> Estimate;

/// Regions used when a resource does not say where it is.
#[derive(Debug, Clone)]
pub struct Defaults {
    pub aws_region: String,
    pub gcp_region: String,
    pub azure_location: String,
}

impl Default for Defaults {
    fn default() -> Self {
        Defaults { aws_region: "us-east-1".into(), gcp_region: "us-central1".into(), azure_location: "eastus".into() }
    }
}

/// What an estimator works with.
pub struct Pricer<'a> {
    pub catalog: &'a Catalog,
    pub usage: &'a Usage,
    pub defaults: &'a Defaults,
    pub resource: &'a Resource,
}

impl Pricer<'_> {
    /// A string attribute (`a.b` walks nested blocks' first element).
    pub fn text(&self, path: &str) -> Option<String> {
        let value = self.value(path)?;
        value.as_str().map(str::to_owned)
    }

    pub fn number(&self, path: &str) -> Option<f64> {
        let value = self.value(path)?;
        value.as_f64().or_else(|| value.as_str().and_then(|s| s.parse().ok()))
    }

    pub fn value(&self, path: &str) -> Option<&Value> {
        let mut value = &self.resource.values;
        for part in path.split('.') {
            value = value.get(part)?;
            if let Some(list) = value.as_array() {
                value = list.first()?;
            }
        }
        (!value.is_null()).then_some(value)
    }

    /// A component of `quantity` units at the catalog's price.
    pub fn component(
        &self,
        name: &str,
        quantity: f64,
        (provider, product, sku, region): (&str, &str, &str, &str),
    ) -> Result<Component, String> {
        let found = self.catalog.price(provider, product, sku, region).map_err(|m| m.to_string())?;
        let mut component = Component::new(name, &found.unit, quantity, found.price);
        component.catalog = found.catalog.to_owned();
        component.as_of = found.as_of;
        Ok(component)
    }

    /// A usage-priced component: its quantity from the usage file, else 0 marked as missing usage.
    pub fn usage_component(
        &self,
        name: &str,
        key: &str,
        (provider, product, sku, region): (&str, &str, &str, &str),
    ) -> Result<Component, String> {
        let quantity = self.usage.get(&self.resource.address, &self.resource.resource_type, key);
        self.derived_usage_component(name, quantity, (provider, product, sku, region))
    }

    /// A usage-priced component whose quantity is worked out from usage figures (`None` when one is
    /// missing: it then counts 0, marked as missing usage).
    pub fn derived_usage_component(
        &self,
        name: &str,
        quantity: Option<f64>,
        (provider, product, sku, region): (&str, &str, &str, &str),
    ) -> Result<Component, String> {
        let mut component = self.component(name, quantity.unwrap_or(0.0), (provider, product, sku, region))?;
        component.usage_based = true;
        component.usage_missing = quantity.is_none();
        Ok(component)
    }
}
