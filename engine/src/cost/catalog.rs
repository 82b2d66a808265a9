//! The price catalog: per provider, products (`compute_instance`, `persistent_disk`, ...), each with
//! a unit and prices by SKU and region. The Google Cloud catalog ships in the binary
//! (`pricing/gcp.json`); catalogs written by `tollgate prices update` (AWS, Azure) are read from the
//! catalog directory and take precedence.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::CatalogInfo;

const GCP: &str = include_str!("../../../pricing/gcp.json");

/// One provider's prices.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProviderCatalog {
    pub provider: String,
    pub currency: String,
    pub source: String,
    pub date: String,
    pub products: BTreeMap<String, Product>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Product {
    pub unit: String,
    /// SKU (instance type, disk type, ...) to region to unit price.
    pub skus: BTreeMap<String, BTreeMap<String, f64>>,
}

/// The shipped Google Cloud catalog, parsed on first use: a run that prices nothing in Google Cloud
/// (a warm one, or one over AWS only) does not parse its half megabyte. Tests price from it, so a
/// file that does not parse fails them.
fn shipped_gcp() -> Option<&'static ProviderCatalog> {
    static PARSED: OnceLock<Option<ProviderCatalog>> = OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(GCP).ok()).as_ref()
}

/// Every provider's catalog.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Catalogs read from the catalog directory, by provider (they replace the shipped one).
    providers: BTreeMap<String, ProviderCatalog>,
    /// Whether the shipped Google Cloud catalog is part of this one (`load`).
    shipped: bool,
    /// A hash of every catalog text read: what cached rule results priced with it depend on.
    pub digest: String,
}

/// Why a price is missing, in words a user can act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Missing {
    Provider(String),
    Sku { product: String, sku: String },
    Region { product: String, sku: String, region: String },
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Missing::Provider(p) => write!(f, "no {p} price catalog (run `tollgate prices update`)"),
            Missing::Sku { product, sku } => write!(f, "unknown {product} `{sku}` in the price catalog"),
            Missing::Region { product, sku, region } => {
                write!(f, "no price for {product} `{sku}` in region `{region}`")
            }
        }
    }
}

impl Catalog {
    /// The shipped catalogs, then those in `dir` (`<provider>.json`), which replace them.
    pub fn load(dir: Option<&Path>) -> Result<Catalog, String> {
        let mut catalog = Catalog { shipped: true, ..Catalog::default() };
        let mut hasher = Sha256::new();
        hasher.update(GCP.as_bytes());
        let Some(dir) = dir else {
            catalog.digest = hex::encode(hasher.finalize());
            return Ok(catalog);
        };
        let mut names: Vec<_> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
        names.sort();
        for path in names.into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let provider: ProviderCatalog =
                serde_json::from_str(&text).map_err(|e| format!("{}: not a price catalog: {e}", path.display()))?;
            hasher.update(text.as_bytes());
            catalog.providers.insert(provider.provider.clone(), provider);
        }
        catalog.digest = hex::encode(hasher.finalize());
        Ok(catalog)
    }

    /// The unit price and unit of a SKU in a region.
    pub fn price(&self, provider: &str, product: &str, sku: &str, region: &str) -> Result<(f64, String), Missing> {
        let catalog = self.provider(provider).ok_or_else(|| Missing::Provider(provider.into()))?;
        let found = catalog.products.get(product).and_then(|p| Some((p, p.skus.get(sku)?)));
        let (product_prices, regions) =
            found.ok_or_else(|| Missing::Sku { product: product.into(), sku: sku.into() })?;
        let price = regions.get(region).ok_or_else(|| Missing::Region {
            product: product.into(),
            sku: sku.into(),
            region: region.into(),
        })?;
        Ok((*price, product_prices.unit.clone()))
    }

    fn provider(&self, name: &str) -> Option<&ProviderCatalog> {
        self.providers.get(name).or_else(|| if self.shipped && name == "gcp" { shipped_gcp() } else { None })
    }

    /// Where each provider's prices come from, by provider.
    pub fn infos(&self) -> Vec<CatalogInfo> {
        let mut names: Vec<&str> = self.providers.keys().map(String::as_str).collect();
        if self.shipped && !names.contains(&"gcp") {
            names.push("gcp");
            names.sort_unstable();
        }
        names
            .into_iter()
            .filter_map(|name| self.provider(name))
            .map(|p| CatalogInfo { provider: p.provider.clone(), source: p.source.clone(), date: p.date.clone() })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped catalog is parsed on first use, where a broken file would read as "no catalog".
    #[test]
    fn the_shipped_google_cloud_catalog_parses_and_prices_the_issue_regions() {
        let catalog = Catalog::load(None).expect("load");
        for region in ["us-central1", "europe-west1"] {
            let (price, unit) = catalog.price("gcp", "compute_instance", "e2-medium", region).expect(region);
            assert!(price > 0.0 && unit == "hour", "{region}: {price} {unit}");
        }
        assert_eq!(catalog.infos().len(), 1);
        assert!(Catalog::default().price("gcp", "compute_instance", "e2-medium", "us-central1").is_err());
    }
}
