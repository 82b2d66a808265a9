//! Reading AWS Price List bulk API offer files (`offers/v1.0/aws/<offer>/current/<region>/index.json`)
//! into catalog products, streamed: an EC2 region file is hundreds of megabytes, so products are
//! filtered as they are read and only the on-demand terms of kept SKUs are held.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;

use serde::Deserialize;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};

use super::catalog::Product;
use super::import_aws_products::{RawProduct, classify, unit};

pub use super::import_aws_products::{GLOBAL_OFFERS, OFFERS};

#[derive(Deserialize)]
struct Dimension {
    #[serde(rename = "beginRange", default)]
    begin: String,
    #[serde(rename = "pricePerUnit", default)]
    price: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct Term {
    #[serde(rename = "priceDimensions", default)]
    dimensions: BTreeMap<String, Dimension>,
}

/// What one offer file gives: SKU id to (product, key, region), then the prices found for them.
#[derive(Default)]
struct Offer {
    wanted: BTreeMap<String, (&'static str, String, String)>,
    prices: Vec<(&'static str, String, String, f64)>,
}

struct OfferSeed<'a>(&'a mut Offer);
struct ProductsSeed<'a>(&'a mut Offer);
struct TermsSeed<'a>(&'a mut Offer);
struct OnDemandSeed<'a>(&'a mut Offer);

impl<'de> DeserializeSeed<'de> for OfferSeed<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for OfferSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an AWS price list offer file")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "products" => map.next_value_seed(ProductsSeed(&mut *self.0))?,
                "terms" => map.next_value_seed(TermsSeed(&mut *self.0))?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

macro_rules! map_seed {
    ($seed:ident) => {
        impl<'de> DeserializeSeed<'de> for $seed<'_> {
            type Value = ();
            fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
                d.deserialize_map(self)
            }
        }
    };
}
map_seed!(ProductsSeed);
map_seed!(TermsSeed);
map_seed!(OnDemandSeed);

impl<'de> Visitor<'de> for ProductsSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("products by SKU")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        while let Some(sku) = map.next_key::<String>()? {
            let product: RawProduct = map.next_value()?;
            if let Some(kept) = classify(&product) {
                self.0.wanted.insert(sku, kept);
            }
        }
        Ok(())
    }
}

impl<'de> Visitor<'de> for TermsSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("terms")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        while let Some(kind) = map.next_key::<String>()? {
            if kind == "OnDemand" {
                map.next_value_seed(OnDemandSeed(&mut *self.0))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

impl<'de> Visitor<'de> for OnDemandSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("on-demand terms by SKU")
    }
    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        while let Some(sku) = map.next_key::<String>()? {
            let Some((product, key, region)) = self.0.wanted.get(&sku).cloned() else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let terms: BTreeMap<String, Term> = map.next_value()?;
            // The list price is the first tier that charges: a free tier (DynamoDB's first 25 units,
            // an idle address's first hour) or a zero "reserved instance applied" line is not it.
            let price = terms
                .values()
                .flat_map(|t| t.dimensions.values())
                .filter_map(|d| {
                    let price = d.price.get("USD")?.parse::<f64>().ok().filter(|p| *p > 0.0)?;
                    Some((d.begin.parse::<f64>().unwrap_or(0.0), price))
                })
                .min_by(|a, b| a.0.total_cmp(&b.0));
            if let Some((_, price)) = price {
                self.0.prices.push((product, key, region, price));
            }
        }
        Ok(())
    }
}

/// Adds the prices of one offer file to `products`.
pub fn read_offer(reader: impl Read, products: &mut BTreeMap<String, Product>) -> Result<usize, String> {
    let mut offer = Offer::default();
    let mut deserializer = serde_json::Deserializer::from_reader(std::io::BufReader::new(reader));
    OfferSeed(&mut offer)
        .deserialize(&mut deserializer)
        .map_err(|e| format!("not an AWS price list offer file: {e}"))?;
    let count = offer.prices.len();
    for (product, key, region, price) in offer.prices {
        let entry = products.entry(product.to_owned()).or_insert_with(|| Product {
            unit: unit(product).to_owned(),
            source: None,
            date: None,
            skus: BTreeMap::new(),
        });
        // Several SKUs can price one key (license variants): the lowest is the plain on-demand price.
        let slot = entry.skus.entry(key).or_default().entry(region).or_insert(price);
        *slot = slot.min(price);
    }
    Ok(count)
}
