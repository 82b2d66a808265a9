//! The price catalog: per provider, products (`compute_instance`, `persistent_disk`, ...), each with
//! a unit, where its prices come from and as of when, and prices by SKU and region. The AWS, Azure and
//! Google Cloud catalogs ship in the binary (`pricing/*.json`, built from public list-price data by
//! `pricing/build-*.py`) and are parsed on first use; a catalog written by `tollgate prices update`
//! is read from the catalog directory and replaces the shipped one of its provider.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::CatalogInfo;

/// The shipped catalogs, by provider.
const SHIPPED: [(&str, &str); 3] = [
    ("aws", include_str!("../../../pricing/aws.json")),
    ("azure", include_str!("../../../pricing/azure.json")),
    ("gcp", include_str!("../../../pricing/gcp.json")),
];

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
    /// Where this product's prices come from and as of when, where they differ from the provider's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// SKU (instance type, disk type, ...) to region to unit price.
    pub skus: BTreeMap<String, BTreeMap<String, f64>>,
}

/// A shipped catalog, parsed on first use: a run that prices nothing in a provider (a warm one, or
/// `check` without cost rules) does not parse its megabyte. Tests price from each, so a file that
/// does not parse fails them.
fn shipped(provider: &str) -> Option<&'static ProviderCatalog> {
    static PARSED: [OnceLock<Option<ProviderCatalog>>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let index = SHIPPED.iter().position(|(name, _)| *name == provider)?;
    PARSED[index].get_or_init(|| serde_json::from_str(SHIPPED[index].1).ok()).as_ref()
}

/// A price found, with its unit and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    pub price: f64,
    pub unit: String,
    /// The date the price is as of (the product's, else the catalog's).
    pub as_of: String,
    /// `shipped` (built into tollgate) or `updated` (written by `tollgate prices update`).
    pub catalog: &'static str,
}

/// Every provider's catalog.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Catalogs read from the catalog directory, by provider (they replace the shipped one).
    providers: BTreeMap<String, ProviderCatalog>,
    /// Whether the shipped catalogs are part of this one (`load`).
    shipped: bool,
    /// A hash of the catalogs read from the catalog directory, and of the shipped catalogs' identity
    /// (version and sizes): what cached rule results priced with it depend on. The shipped catalogs are
    /// part of the binary, which cache keys name already; hashing their 2.6 MB at every start is not
    /// needed to tell them apart.
    pub digest: String,
}

/// Why a price is missing, in words a user can act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Missing {
    Provider(String),
    Sku { product: String, sku: String, shipped: bool },
    Region { product: String, sku: String, region: String, shipped: bool },
}

/// What a user can do about a price the shipped catalog lacks.
const SHIPPED_HINT: &str = "not in the shipped catalog; run `tollgate prices update`";

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Missing::Provider(p) => write!(f, "no {p} price catalog (run `tollgate prices update`)"),
            Missing::Sku { product, sku, shipped: false } => {
                write!(f, "unknown {product} `{sku}` in the price catalog")
            }
            Missing::Sku { product, sku, shipped: true } => write!(f, "{product} `{sku}`: {SHIPPED_HINT}"),
            Missing::Region { product, sku, region, shipped: false } => {
                write!(f, "no price for {product} `{sku}` in region `{region}`")
            }
            Missing::Region { product, sku, region, shipped: true } => {
                write!(f, "{product} `{sku}` in region `{region}`: {SHIPPED_HINT}")
            }
        }
    }
}

impl Catalog {
    /// The shipped catalogs, then those in `dir` (`<provider>.json`), which replace them.
    pub fn load(dir: Option<&Path>) -> Result<Catalog, String> {
        let mut catalog = Catalog { shipped: true, ..Catalog::default() };
        let mut hasher = Sha256::new();
        hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
        for (name, text) in SHIPPED {
            hasher.update(format!("{name}:{}", text.len()).as_bytes());
        }
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

    /// The unit price of a SKU in a region, with its unit and as-of date: from the catalog `prices
    /// update` wrote, else (a region or SKU it did not fetch) from the shipped one.
    pub fn price(&self, provider: &str, product: &str, sku: &str, region: &str) -> Result<Price, Missing> {
        match self.price_in(self.provider(provider), provider, product, sku, region) {
            Err(missing @ (Missing::Sku { .. } | Missing::Region { .. }))
                if self.shipped && self.providers.contains_key(provider) =>
            {
                let shipped = shipped(provider).map(|c| (c, "shipped"));
                self.price_in(shipped, provider, product, sku, region).map_err(|_| missing)
            }
            found => found,
        }
    }

    fn price_in(
        &self,
        catalog: Option<(&ProviderCatalog, &'static str)>,
        provider: &str,
        product: &str,
        sku: &str,
        region: &str,
    ) -> Result<Price, Missing> {
        let (catalog, origin) = catalog.ok_or_else(|| Missing::Provider(provider.into()))?;
        let shipped = origin == "shipped";
        let found = catalog.products.get(product).and_then(|p| Some((p, p.skus.get(sku)?)));
        let (product_prices, regions) =
            found.ok_or_else(|| Missing::Sku { product: product.into(), sku: sku.into(), shipped })?;
        let price = regions.get(region).ok_or_else(|| Missing::Region {
            product: product.into(),
            sku: sku.into(),
            region: region.into(),
            shipped,
        })?;
        Ok(Price {
            price: *price,
            unit: product_prices.unit.clone(),
            as_of: product_prices.date.clone().unwrap_or_else(|| catalog.date.clone()),
            catalog: origin,
        })
    }

    /// A provider's catalog: the one `prices update` wrote, else the shipped one.
    fn provider(&self, name: &str) -> Option<(&ProviderCatalog, &'static str)> {
        match self.providers.get(name) {
            Some(updated) => Some((updated, "updated")),
            None if self.shipped => shipped(name).map(|c| (c, "shipped")),
            None => None,
        }
    }

    /// Where each provider's prices come from, by provider.
    pub fn infos(&self) -> Vec<CatalogInfo> {
        let mut names: Vec<&str> = self.providers.keys().map(String::as_str).collect();
        if self.shipped {
            names.extend(SHIPPED.iter().map(|(name, _)| *name).filter(|n| !self.providers.contains_key(*n)));
            names.sort_unstable();
        }
        names
            .into_iter()
            .filter_map(|name| self.provider(name))
            .map(|(p, origin)| CatalogInfo {
                provider: p.provider.clone(),
                source: p.source.clone(),
                date: p.date.clone(),
                catalog: origin.to_owned(),
            })
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
            let found = catalog.price("gcp", "compute_instance", "e2-medium", region).expect(region);
            assert!(found.price > 0.0 && found.unit == "hour", "{region}: {found:?}");
        }
        let shipped: Vec<(String, String)> = catalog.infos().into_iter().map(|i| (i.provider, i.catalog)).collect();
        assert_eq!(
            shipped,
            [("aws", "shipped"), ("azure", "shipped"), ("gcp", "shipped")].map(|(a, b)| (a.into(), b.into()))
        );
        for (provider, product, sku, region) in
            [("aws", "ec2_instance", "m5.large", "us-east-1"), ("azure", "vm_linux", "Standard_D2s_v5", "westeurope")]
        {
            assert!(catalog.price(provider, product, sku, region).is_ok(), "{provider} {sku}");
        }
        assert!(Catalog::default().price("gcp", "compute_instance", "e2-medium", "us-central1").is_err());
    }
}
