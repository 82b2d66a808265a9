//! Reading AWS Price List bulk API offer files (`offers/v1.0/aws/<offer>/current/<region>/index.json`)
//! into catalog products, streamed: an EC2 region file is hundreds of megabytes, so products are
//! filtered as they are read and only the on-demand terms of kept SKUs are held.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;

use serde::Deserialize;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};

use super::catalog::Product;

/// The offers `prices update` reads.
pub const OFFERS: [&str; 3] = ["AmazonEC2", "AWSELB", "AmazonRDS"];

#[derive(Deserialize)]
struct RawProduct {
    #[serde(rename = "productFamily", default)]
    family: String,
    #[serde(default)]
    attributes: BTreeMap<String, String>,
}

/// The catalog product, SKU key and region a price-list product prices, if tollgate uses it.
fn classify(product: &RawProduct) -> Option<(&'static str, String, String)> {
    let a = |name: &str| product.attributes.get(name).map(String::as_str).unwrap_or("");
    let region = a("regionCode").to_owned();
    if region.is_empty() {
        return None;
    }
    let usage = a("usagetype");
    let (name, sku) = match product.family.as_str() {
        "Compute Instance"
            if a("operatingSystem") == "Linux"
                && a("tenancy") == "Shared"
                && a("preInstalledSw") == "NA"
                && a("capacitystatus") == "Used"
                && a("licenseModel") != "Bring your own license" =>
        {
            ("ec2_instance", a("instanceType").to_owned())
        }
        "Storage" if !a("volumeApiName").is_empty() => ("ebs_volume", a("volumeApiName").to_owned()),
        "System Operation" if a("group") == "EBS IOPS" => ("ebs_iops", a("volumeApiName").to_owned()),
        "NAT Gateway" if usage.ends_with("NatGateway-Hours") => ("nat_gateway", "hours".to_owned()),
        "NAT Gateway" if usage.ends_with("NatGateway-Bytes") => ("nat_gateway", "data".to_owned()),
        "Load Balancer-Application" if usage.ends_with("LoadBalancerUsage") => ("load_balancer", "application".into()),
        "Load Balancer-Network" if usage.ends_with("LoadBalancerUsage") => ("load_balancer", "network".into()),
        "Load Balancer-Gateway" if usage.ends_with("LoadBalancerUsage") => ("load_balancer", "gateway".into()),
        "Load Balancer" if usage.ends_with("LoadBalancerUsage") => ("load_balancer", "classic".into()),
        "Database Instance" => {
            let engine = match a("databaseEngine") {
                "MySQL" => "mysql",
                "PostgreSQL" => "postgres",
                "MariaDB" => "mariadb",
                "Aurora MySQL" => "aurora-mysql",
                "Aurora PostgreSQL" => "aurora-postgresql",
                _ => return None,
            };
            ("rds_instance", format!("{}/{engine}/{}", a("instanceType"), deployment(a("deploymentOption"))?))
        }
        "Database Storage" => {
            let kind = match a("volumeType") {
                "General Purpose" => "gp2",
                "General Purpose-GP3" => "gp3",
                "Provisioned IOPS" => "io1",
                "Magnetic" => "standard",
                _ => return None,
            };
            if !matches!(a("databaseEngine"), "Any" | "MySQL" | "") {
                return None;
            }
            ("rds_storage", format!("{kind}/{}", deployment(a("deploymentOption"))?))
        }
        _ => return None,
    };
    (!sku.is_empty()).then_some((name, sku, region))
}

fn deployment(option: &str) -> Option<&'static str> {
    match option {
        "Single-AZ" => Some("single-az"),
        "Multi-AZ" => Some("multi-az"),
        _ => None,
    }
}

fn unit(product: &str) -> &'static str {
    match product {
        "ec2_instance" | "load_balancer" | "rds_instance" => "hour",
        "ebs_iops" => "IOPS-month",
        "ebs_volume" | "rds_storage" => "GB-month",
        _ => "unit",
    }
}

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
            // The first tier (`beginRange` 0) is the list price.
            let price = terms
                .values()
                .flat_map(|t| t.dimensions.values())
                .find(|d| d.begin.is_empty() || d.begin == "0")
                .and_then(|d| d.price.get("USD"))
                .and_then(|p| p.parse::<f64>().ok());
            if let Some(price) = price.filter(|p| *p > 0.0) {
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
        let entry = products
            .entry(product.to_owned())
            .or_insert_with(|| Product { unit: unit(product).to_owned(), skus: BTreeMap::new() });
        // Several SKUs can price one key (license variants): the lowest is the plain on-demand price.
        let slot = entry.skus.entry(key).or_default().entry(region).or_insert(price);
        *slot = slot.min(price);
    }
    Ok(count)
}
